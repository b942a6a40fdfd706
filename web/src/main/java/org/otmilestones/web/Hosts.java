package org.otmilestones.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The server's address and the names a browser may use for it. TLS is decided by what the address is,
 * never by how it is spelled; the Host header of every request must be one of the allowed names, so a
 * page on another site that points its own name at this server (DNS rebinding) gets nothing.
 */
final class Hosts {

    private final String host;
    private final boolean loopback;
    private final Set<String> allowed;

    private Hosts(String host, boolean loopback, Set<String> allowed) {
        this.host = host;
        this.loopback = loopback;
        this.allowed = allowed;
    }

    /**
     * Resolves the configured address (a literal is read without a lookup) and decides what it is.
     *
     * @throws WebSetupException when the name cannot be resolved, or names are allowed on loopback, or a
     *         wildcard address comes without a name for the links
     */
    static Hosts of(String host, List<String> allowedHosts) throws WebSetupException {
        return of(host, allowedHosts, InetAddress::getAllByName);
    }

    /** Resolves a name to its addresses (a literal address without a lookup). */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String name) throws UnknownHostException;
    }

    /** The same, with the resolver given (the tests' own, so no test asks a name server). */
    static Hosts of(String host, List<String> allowedHosts, Resolver resolver) throws WebSetupException {
        String spelled = bare(host);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(spelled);
        } catch (UnknownHostException | SecurityException e) {
            throw new WebSetupException(null, "--host " + host + ": this computer cannot find that address",
                    "give this computer's address on the clinic network, such as 192.168.1.20, or leave --host out", e);
        }
        boolean loopback = addresses.length > 0;
        boolean wildcard = false;
        for (InetAddress a : addresses) {
            loopback &= a.isLoopbackAddress();
            wildcard |= a.isAnyLocalAddress();
        }
        if (loopback && !allowedHosts.isEmpty()) {
            throw new WebSetupException(null, "--allow-host is for a server on the clinic network, and --host " + host
                    + " is this computer only", "leave --allow-host out, or give --host this computer's network address");
        }
        if (wildcard && allowedHosts.isEmpty()) {
            throw new WebSetupException(null, "--host " + host + " serves every address of this computer, and the family"
                    + " links need one name", "give the name or address families use with --allow-host, such as"
                    + " --allow-host 192.168.1.20");
        }
        Set<String> allowed = new LinkedHashSet<>();
        if (!wildcard) {
            allowed.add(spelled.toLowerCase(Locale.ROOT));
        }
        allowedHosts.forEach(name -> allowed.add(bare(name).toLowerCase(Locale.ROOT)));
        return new Hosts(host, loopback, Set.copyOf(allowed));
    }

    /** True when the address is this computer only: every address the name stands for is a loopback address. */
    boolean loopback() {
        return loopback;
    }

    /** The name for links and certificates: the configured address, or for a wildcard the first allowed name. */
    String linkHost() {
        String bare = bare(host);
        String name = allowed.contains(bare.toLowerCase(Locale.ROOT)) ? bare : allowed.iterator().next();
        return name.contains(":") ? "[" + name + "]" : name;
    }

    /**
     * True when a request's Host header names this server: on loopback, a loopback name or address; on
     * the network, the configured address or one of the allowed names. The port is not looked at.
     */
    boolean allows(String hostHeader) {
        Optional<String> name = name(hostHeader);
        if (name.isEmpty()) {
            return false;
        }
        if (loopback) {
            return isLoopbackName(name.get());
        }
        return allowed.contains(name.get());
    }

    /** The name in a Host header, without the port and brackets, in lower case; empty when malformed. */
    static Optional<String> name(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank() || hostHeader.length() > 260) {
            return Optional.empty();
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0 || (end + 1 < h.length() && !h.substring(end + 1).matches(":\\d{1,5}"))) {
                return Optional.empty();
            }
            name = h.substring(1, end);
        } else {
            int colon = h.indexOf(':');
            if (colon >= 0 && (h.indexOf(':', colon + 1) >= 0 || !h.substring(colon + 1).matches("\\d{1,5}"))) {
                return Optional.empty();
            }
            name = colon < 0 ? h : h.substring(0, colon);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isEmpty() || !name.matches("[a-z0-9.:_-]+") ? Optional.empty() : Optional.of(name);
    }

    /** "localhost", or a loopback address literal (read without any lookup: a name here is never resolved). */
    static boolean isLoopbackName(String name) {
        if (name.equals("localhost")) {
            return true;
        }
        boolean literal = name.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || name.matches("[0-9a-f:.]+") && name.contains(":");
        if (!literal) {
            return false;
        }
        try {
            // A literal address: getByName parses it and makes no lookup.
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The address without IPv6 brackets. */
    private static String bare(String host) {
        String h = host.strip();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
