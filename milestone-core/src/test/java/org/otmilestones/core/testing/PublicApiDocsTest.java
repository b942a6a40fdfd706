package org.otmilestones.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicApiDocsTest {

    @Test
    void findsAPublicMethodFieldConstructorTypeAndEnumConstantWithoutAComment() {
        List<String> source = List.of(
                "/** A thing. */",
                "public enum Thing {",
                "    /** Documented. */",
                "    ONE,",
                "    TWO;",
                "",
                "    public static final int MAX = 2;",
                "",
                "    /** Documented. */",
                "    @Deprecated",
                "    public int documented() {",
                "        return 1;",
                "    }",
                "",
                "    // a line comment is not Javadoc",
                "    public int undocumented() {",
                "        return 2;",
                "    }",
                "",
                "    @Override",
                "    public String toString() {",
                "        return \"\";",
                "    }",
                "}",
                "public record Pair(int a) {",
                "    public Pair {",
                "    }",
                "}");

        assertThat(PublicApiDocs.undocumented("Thing.java", source)).containsExactly(
                "Thing.java:5: TWO;",
                "Thing.java:7: public static final int MAX = 2;",
                "Thing.java:16: public int undocumented() {",
                "Thing.java:25: public record Pair(int a) {");
    }

    @Test
    void findsAPackageWithoutAComment() {
        assertThat(PublicApiDocs.undocumented("a/package-info.java", List.of("package a;"))).hasSize(1);
        assertThat(PublicApiDocs.undocumented("a/package-info.java", List.of("/** A. */", "package a;"))).isEmpty();
    }
}
