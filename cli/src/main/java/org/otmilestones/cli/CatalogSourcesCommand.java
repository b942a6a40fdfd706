package org.otmilestones.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.EvidenceShare;
import org.otmilestones.core.GeneralQuestion;
import org.otmilestones.core.Milestone;
import org.otmilestones.core.OtmException;
import org.otmilestones.core.Source;
import org.otmilestones.core.SourceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code otm catalog sources}: every source with its kind, publisher and how many milestones cite it. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"List the catalog's sources: kind, publisher, how many milestones cite each, and where to find it.",
                "Kinds: GOVERNMENT, PROFESSIONAL_BODY, PEER_REVIEWED, INSTRUMENT_OR_TEXTBOOK, and OTHER (a clinic's",
                "or a blog's page), which never supports a milestone on its own."},
        footer = {"", "Examples:", "  otm catalog sources", "  otm catalog sources --catalog our-catalog.json"})
final class CatalogSourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws UserException, OtmException {
        Catalog catalog = catalogOption.load();
        Map<String, Integer> milestones = new HashMap<>();
        Map<String, Integer> general = new HashMap<>();
        for (Milestone m : catalog.milestones()) {
            m.sourceKeys().forEach(k -> milestones.merge(k, 1, Integer::sum));
        }
        for (GeneralQuestion q : catalog.generalQuestions()) {
            q.sourceKeys().forEach(k -> general.merge(k, 1, Integer::sum));
        }
        Map<SourceKind, Integer> byKind = new EnumMap<>(SourceKind.class);
        catalog.sources().forEach(s -> byKind.merge(s.kind(), 1, Integer::sum));

        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s, version %s: %d sources from %d publishers%n", catalog.name().in(catalog.defaultLanguage()),
                catalog.version(), catalog.sources().size(), catalog.publishers().size());
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, n) -> kinds.add(kind + " " + n));
        out.println("Kinds: " + String.join(", ", kinds));
        EvidenceShare share = EvidenceShare.of(catalog);
        out.printf(java.util.Locale.ROOT, "Scored skills resting on a source that states a percent: %d of %d (%.1f%%)%n",
                share.statingPercent(), share.scored(), share.percent());
        int keyWidth = Math.max(6, catalog.sources().stream().mapToInt(x -> x.key().length()).max().orElse(0));
        int publisherWidth = Math.max(9, catalog.sources().stream().mapToInt(x -> x.publisherId().length()).max().orElse(0));
        String row = "%-" + keyWidth + "s %-22s %-" + publisherWidth + "s %10s  %s%s%n";
        String indent = " ".repeat(keyWidth + 1 + 22 + 1 + publisherWidth + 1 + 10 + 2);
        out.printf("%n" + row, "source", "kind", "publisher", "milestones", "title and where to find it", "");
        // By kind, the most cited first, then by key: the same order every run.
        List<Source> sorted = catalog.sources().stream().sorted(Comparator.comparing(Source::kind)
                .thenComparing(s -> -milestones.getOrDefault(s.key(), 0)).thenComparing(Source::key)).toList();
        for (Source s : sorted) {
            int questions = general.getOrDefault(s.key(), 0);
            out.printf(row, s.key(), s.kind(), s.publisherId(), milestones.getOrDefault(s.key(), 0), s.title(),
                    questions == 0 ? "" : " (and " + questions + " general " + (questions == 1 ? "question" : "questions") + ")");
            String where = where(s);
            if (!where.isEmpty()) {
                out.println(indent + where);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The address and the ids a reader can look the source up by. */
    static String where(Source s) {
        List<String> parts = new ArrayList<>();
        s.url().ifPresent(parts::add);
        s.doi().ifPresent(d -> parts.add("doi:" + d));
        s.pmid().ifPresent(p -> parts.add("PMID " + p));
        s.isbn().ifPresent(i -> parts.add("ISBN " + i));
        s.edition().ifPresent(e -> parts.add(e + " edition"));
        s.year().ifPresent(y -> parts.add(String.valueOf(y)));
        return String.join(", ", parts);
    }
}
