package org.otmilestones.core.testing;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads a library module's compiled descriptor back, so a test can pin what the module exports. */
public final class ModuleDescriptors {

    private ModuleDescriptors() {
    }

    /** The descriptor of the module (a classes folder or a jar) that holds this main class. */
    public static ModuleDescriptor of(Class<?> mainClass) {
        try {
            Path location = Path.of(mainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ModuleFinder.of(location).findAll().stream().map(ModuleReference::descriptor)
                    .filter(d -> !d.isAutomatic()).findFirst()
                    .orElseThrow(() -> new AssertionError("no module-info.class in " + location));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The packages exported to everyone. */
    public static Set<String> openExports(ModuleDescriptor descriptor) {
        Set<String> packages = new TreeSet<>();
        descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> packages.add(e.source()));
        return packages;
    }

    /** The packages exported to named modules only, with the modules they are exported to. */
    public static Map<String, Set<String>> qualifiedExports(ModuleDescriptor descriptor) {
        Map<String, Set<String>> packages = new TreeMap<>();
        descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                .forEach(e -> packages.put(e.source(), new TreeSet<>(e.targets())));
        return packages;
    }
}
