package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.catalog.Catalogs;

class SignTest {

    private static final LocalizedText TEXT = LocalizedText.of("en", "a sign");
    private static final Catalog CATALOG = Catalogs.loadBundled();

    private static Checkpoint at(int months) {
        return new Checkpoint("c" + months, months, TEXT);
    }

    @Test
    void appliesFromItsFirstAgeThroughItsLast() {
        Sign sign = new Sign(TEXT, 6, OptionalInt.of(12));

        assertThat(sign.appliesAt(at(3))).isFalse();
        assertThat(sign.appliesAt(at(6))).isTrue();
        assertThat(sign.appliesAt(at(12))).isTrue();
        assertThat(sign.appliesAt(at(18))).isFalse();
        assertThat(Sign.always(TEXT).appliesAt(at(84))).isTrue();
    }

    @Test
    void rejectsAnAgeRangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new Sign(TEXT, 12, OptionalInt.of(6))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toMonths");
    }

    @Test
    void showsABabysParentsNoSchoolAgeSignsAndASchoolChildsNoBabySigns() {
        Area hands = CATALOG.area("fine_motor").orElseThrow();
        Checkpoint nineMonths = CATALOG.checkpoint("9m").orElseThrow();
        Checkpoint fiveYears = CATALOG.checkpoint("5y").orElseThrow();

        assertThat(hands.redFlagsAt(nineMonths)).extracting(s -> s.text().in("en"))
                .noneMatch(t -> t.contains("4 years")).anyMatch(t -> t.contains("9 months"));
        assertThat(hands.redFlagsAt(fiveYears)).extracting(s -> s.text().in("en"))
                .noneMatch(t -> t.contains("months")).anyMatch(t -> t.contains("4 years"));
        assertThat(hands.signsAt(nineMonths)).extracting(s -> s.text().in("en")).noneMatch(t -> t.contains("zippers"));
    }

    @Test
    void speaksToAtLeastOneCheckpointWithEverySign() {
        for (Area area : CATALOG.areas()) {
            for (Sign sign : java.util.stream.Stream.concat(area.signsOfDifficulty().stream(), area.redFlags().stream()).toList()) {
                assertThat(CATALOG.checkpoints()).as(area.id() + ": " + sign.text().in("en"))
                        .anyMatch(sign::appliesAt);
            }
        }
    }
}
