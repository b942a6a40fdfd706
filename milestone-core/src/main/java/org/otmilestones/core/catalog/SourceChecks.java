package org.otmilestones.core.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.otmilestones.core.Publisher;
import org.otmilestones.core.Source;
import org.otmilestones.core.SourceKind;

/**
 * Checks a catalog file's publishers and sources: each source names a known publisher, its address is
 * on that publisher's own host (no copies on other sites), its ids are well formed (an ISBN's check
 * digit is right), and a peer-reviewed article has its DOI or PubMed id.
 */
final class SourceChecks {

    private final FieldChecks check;
    /** Every source key the file declares, valid source or not, so a broken source is reported once, not at each citation. */
    final Set<String> declaredKeys = new java.util.LinkedHashSet<>();

    SourceChecks(FieldChecks check) {
        this.check = check;
    }

    List<Publisher> publishers(List<CatalogFile.PublisherJson> list) {
        List<Publisher> result = new ArrayList<>();
        if (check.isMissing(list, "$.publishers")) {
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.publishers[" + i + "]";
            CatalogFile.PublisherJson p = list.get(i);
            if (p == null) {
                check.problem(path, "is null; expected {\"id\": ..., \"name\": ..., \"hosts\": [...]}");
                continue;
            }
            String id = check.uniqueId(p.id(), path + ".id", seen, "publisher");
            boolean ok = id != null;
            if (p.name() == null || p.name().isBlank()) {
                check.problem(path + ".name", "missing or empty; expected the publisher's name");
                ok = false;
            }
            if (p.hosts() == null) {
                check.problem(path + ".hosts", "missing; expected the publisher's own web hosts, such as [\"cdc.gov\"], "
                        + "or [] for a publisher of print only");
                ok = false;
            } else {
                for (int h = 0; h < p.hosts().size(); h++) {
                    if (!Publisher.isHostName(p.hosts().get(h))) {
                        check.problem(path + ".hosts[" + h + "]", "is '" + p.hosts().get(h)
                                + "'; expected a lower-case host name such as cdc.gov (no https://, no path)");
                        ok = false;
                    }
                }
            }
            if (ok) {
                result.add(new Publisher(id, p.name(), p.hosts()));
            }
        }
        return result;
    }

    List<Source> sources(List<CatalogFile.SourceJson> list, Map<String, Publisher> publishers) {
        List<Source> result = new ArrayList<>();
        if (check.isMissing(list, "$.sources")) {
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.sources[" + i + "]";
            CatalogFile.SourceJson s = list.get(i);
            if (s == null) {
                check.problem(path, "is null; expected a source object");
                continue;
            }
            String key = check.uniqueId(s.key(), path + ".key", seen, "source");
            if (key != null) {
                declaredKeys.add(key);
            }
            String where = key == null ? "" : "source '" + key + "': ";
            boolean ok = key != null;
            if (s.title() == null || s.title().isBlank()) {
                check.problem(path + ".title", where + "missing or empty; expected the source's title");
                ok = false;
            }
            SourceKind kind = check.oneOf(SourceKind.class, s.kind(), path + ".kind", where + "kind");
            ok &= kind != null;
            Publisher publisher = s.publisher() == null ? null : publishers.get(s.publisher());
            if (publisher == null) {
                check.problem(path + ".publisher", where + "publisher '" + s.publisher() + "' is not in $.publishers"
                        + (publishers.isEmpty() ? "" : "; expected one of " + String.join(", ", publishers.keySet())));
                ok = false;
            }
            ok &= address(s.url(), publisher, path + ".url", where);
            ok &= optional(s.doi(), Source.isDoi(s.doi()), path + ".doi", where, "a DOI such as 10.1542/peds.2021-052138 "
                    + "(without https://doi.org/)");
            ok &= optional(s.pmid(), Source.isPmid(s.pmid()), path + ".pmid", where, "a PubMed id of digits only");
            ok &= optional(s.isbn(), Source.isIsbn(s.isbn()), path + ".isbn", where,
                    "an ISBN-10 or ISBN-13 whose check digit is right");
            ok &= optional(s.edition(), s.edition() != null && !s.edition().isBlank(), path + ".edition", where,
                    "the edition, such as \"5th\"");
            if (s.year() != null && (s.year() < 1800 || s.year() > 2100)) {
                check.problem(path + ".year", where + "is " + s.year() + "; expected the year of publication");
                ok = false;
            }
            if (kind == SourceKind.PEER_REVIEWED && s.doi() == null && s.pmid() == null) {
                check.problem(path + ".kind", where + "a PEER_REVIEWED article needs its doi or pmid; add one, "
                        + "or choose the kind that fits");
                ok = false;
            }
            if (ok) {
                result.add(new Source(key, s.title(), kind, s.publisher(), Optional.ofNullable(s.url()),
                        Optional.ofNullable(s.doi()), Optional.ofNullable(s.pmid()), Optional.ofNullable(s.isbn()),
                        Optional.ofNullable(s.edition()),
                        s.year() == null ? OptionalInt.empty() : OptionalInt.of(s.year())));
            }
        }
        return result;
    }

    /** The address, when given, is http(s) on one of the publisher's own hosts. */
    private boolean address(String url, Publisher publisher, String path, String where) {
        if (url == null) {
            return true;
        }
        Optional<String> host = Source.hostOf(url);
        if (host.isEmpty()) {
            check.problem(path, where + "is '" + url + "'; expected an address starting with https:// or http://");
            return false;
        }
        if (publisher != null && !publisher.owns(host.get())) {
            check.problem(path, where + "the address is on " + host.get() + ", which is not a host of publisher '"
                    + publisher.id() + "' (" + (publisher.hosts().isEmpty() ? "it lists none"
                            : String.join(", ", publisher.hosts())) + "); use the publisher's own page, not a copy "
                    + "on another site, or add the host to the publisher if it is truly theirs");
            return false;
        }
        return true;
    }

    private boolean optional(String value, boolean valid, String path, String where, String expected) {
        if (value != null && !valid) {
            check.problem(path, where + "is '" + value + "'; expected " + expected);
            return false;
        }
        return true;
    }
}
