package org.otmilestones.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A published source behind the catalog's facts, with what a clinician needs to find and weigh it.
 *
 * @param key short key that milestones cite, for example {@code CDC-2m}
 * @param title a human title
 * @param kind what kind of publication it is
 * @param publisherId the id of the catalog's {@link Publisher} that publishes it
 * @param url where to read it, on the publisher's own host, if it is on the web
 * @param doi the article's DOI, such as {@code 10.1542/peds.2021-052138}, if it has one
 * @param pmid the article's PubMed id, if it has one
 * @param isbn the book's or instrument's ISBN, if it has one
 * @param edition the edition, if it matters
 * @param year the year it was published, if known
 */
public record Source(String key, String title, SourceKind kind, String publisherId, Optional<String> url,
        Optional<String> doi, Optional<String> pmid, Optional<String> isbn, Optional<String> edition,
        OptionalInt year) {

    public Source {
        Ids.require(key, "key");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        Ids.require(publisherId, "publisherId");
        Objects.requireNonNull(url, "url");
        url.ifPresent(u -> {
            if (hostOf(u).isEmpty()) {
                throw new IllegalArgumentException("url must be an http or https address with a host, was '" + u + "'");
            }
        });
        Objects.requireNonNull(doi, "doi");
        doi.ifPresent(d -> {
            if (!isDoi(d)) {
                throw new IllegalArgumentException("doi must look like 10.1234/abc, was '" + d + "'");
            }
        });
        Objects.requireNonNull(pmid, "pmid");
        pmid.ifPresent(p -> {
            if (!isPmid(p)) {
                throw new IllegalArgumentException("pmid must be a PubMed id of 1 to 9 digits, was '" + p + "'");
            }
        });
        Objects.requireNonNull(isbn, "isbn");
        isbn.ifPresent(i -> {
            if (!isIsbn(i)) {
                throw new IllegalArgumentException("isbn must be an ISBN-10 or ISBN-13 with a correct check digit, was '"
                        + i + "'");
            }
        });
        Objects.requireNonNull(edition, "edition");
        edition.ifPresent(e -> {
            if (e.isBlank()) {
                throw new IllegalArgumentException("edition must not be blank when given");
            }
        });
        Objects.requireNonNull(year, "year");
        if (year.isPresent() && (year.getAsInt() < 1800 || year.getAsInt() > 2100)) {
            throw new IllegalArgumentException("year must be 1800..2100, was " + year.getAsInt());
        }
    }

    /** The host of the url, in lower case, if the source has a url. */
    public Optional<String> host() {
        return url.flatMap(Source::hostOf);
    }

    /**
     * Where a reader can open it: the url, else the DOI's address, else the PubMed address; empty for
     * a book known only by its ISBN.
     */
    public Optional<String> link() {
        if (url.isPresent()) {
            return url;
        }
        if (doi.isPresent()) {
            return Optional.of("https://doi.org/" + doi.get());
        }
        return pmid.map(p -> "https://pubmed.ncbi.nlm.nih.gov/" + p + "/");
    }

    /** The host of an http or https address, in lower case, or empty when it is not one. */
    public static Optional<String> hostOf(String address) {
        if (address == null || !address.matches("(?i)https?://\\S+")) {
            return Optional.empty();
        }
        try {
            String host = new URI(address).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** True for a DOI such as {@code 10.1542/peds.2021-052138}. */
    public static boolean isDoi(String doi) {
        return doi != null && doi.matches("10\\.\\d{4,9}/\\S+");
    }

    /** True for a PubMed id: 1 to 9 digits, not starting with 0. */
    public static boolean isPmid(String pmid) {
        return pmid != null && pmid.matches("[1-9]\\d{0,8}");
    }

    /** True for an ISBN-10 or ISBN-13 (hyphens and spaces allowed) whose check digit is right. */
    public static boolean isIsbn(String isbn) {
        if (isbn == null) {
            return false;
        }
        String digits = isbn.replaceAll("[- ]", "");
        if (digits.matches("\\d{9}[\\dXx]")) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = digits.charAt(i);
                int value = c == 'X' || c == 'x' ? 10 : c - '0';
                sum += value * (10 - i);
            }
            return sum % 11 == 0;
        }
        if (digits.matches("97[89]\\d{10}")) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        return false;
    }
}
