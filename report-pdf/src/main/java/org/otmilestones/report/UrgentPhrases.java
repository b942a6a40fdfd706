package org.otmilestones.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps each urgent phrase ("Please don't wait...") to its first place in the parent's part of a handout: said
 * once it is heard, said six times it turns into noise. The texts that say it stay as they are; the handout
 * drops the later repeats as it is put together, so at most one is on any page.
 */
final class UrgentPhrases {

    /** The ways of saying one urgent thing, longest first so the longer one is matched before its start. */
    private final List<String> variants;
    private boolean said;

    private UrgentPhrases(List<String> variants) {
        this.variants = variants.stream().filter(v -> !v.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The blocks with every urgent phrase after its first place dropped; {@code variants} all say one thing. */
    static List<Block> once(List<Block> blocks, List<String> variants) {
        return new UrgentPhrases(variants).blocks(blocks);
    }

    private List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(block(b));
        }
        return out;
    }

    private Block block(Block b) {
        if (b instanceof Block.Section s) {
            return new Block.Section(blocks(s.blocks()));
        }
        if (b instanceof Block.Callout c) {
            return new Block.Callout(c.tone(), blocks(c.blocks()));
        }
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(text(p.text()), p.style());
        }
        if (b instanceof Block.BulletList l) {
            return new Block.BulletList(l.items().stream().map(this::text).toList(), l.style());
        }
        return b;
    }

    private Text text(Text text) {
        Text.Builder out = Text.builder();
        for (Text.Span span : text.spans()) {
            out.add(span(span.text()), span.emphasis(), span.tone());
        }
        return out.build();
    }

    /** The span with the phrases after the first said dropped, with the space before each. */
    private String span(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            String found = null;
            for (String v : variants) {
                if (s.startsWith(v, i)) {
                    found = v;
                    break;
                }
            }
            if (found == null) {
                out.append(s.charAt(i++));
                continue;
            }
            if (!said) {
                said = true;
                out.append(found);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            i += found.length();
        }
        return out.toString();
    }
}
