package org.otmilestones.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who publishes sources, with the web hosts that are its own, so a source's address can be checked
 * to be the publisher's page and not a copy elsewhere.
 *
 * @param id short id that sources name, for example {@code CDC}
 * @param name the publisher's name
 * @param hosts the publisher's own hosts, such as {@code cdc.gov}; their subdomains count too; empty
 *        for a publisher of print only
 */
public record Publisher(String id, String name, List<String> hosts) {

    public Publisher {
        Ids.require(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        hosts = List.copyOf(Objects.requireNonNull(hosts, "hosts"));
        for (String host : hosts) {
            if (!isHostName(host)) {
                throw new IllegalArgumentException("hosts must be lower-case host names such as cdc.gov, was '" + host
                        + "'");
            }
        }
    }

    /** True for a lower-case host name of two or more labels, without scheme, port or path. */
    public static boolean isHostName(String host) {
        return host != null && host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    }

    /** True when the host is one of this publisher's hosts or a subdomain of one (case does not matter). */
    public boolean owns(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String own : hosts) {
            if (h.equals(own) || h.endsWith("." + own)) {
                return true;
            }
        }
        return false;
    }
}
