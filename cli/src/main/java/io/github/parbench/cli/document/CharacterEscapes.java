package io.github.parbench.cli.document;

import java.util.Map;

/** A table of characters to replace, so each output format states its escapes once. */
final class CharacterEscapes {

    /** Where a character of the table means nothing in the format, so it may stay as it is. */
    @FunctionalInterface
    private interface Inert {
        /** {@code start}: the index of the text's first character that is not whitespace. */
        boolean at(String text, int index, int start);
    }

    /** Text content and attribute values alike: the five characters HTML gives meaning to. */
    static final CharacterEscapes HTML = new CharacterEscapes(Map.of(
            '&', "&amp;", '<', "&lt;", '>', "&gt;", '"', "&quot;", '\'', "&#39;"), (text, i, start) -> false);

    private static final Map<Character, String> MARKDOWN_SPECIALS = Map.ofEntries(
            Map.entry('&', "&amp;"), Map.entry('<', "&lt;"), Map.entry('>', "&gt;"),
            Map.entry('|', "\\|"), Map.entry('\\', "\\\\"), Map.entry('`', "\\`"),
            Map.entry('*', "\\*"), Map.entry('_', "\\_"), Map.entry('[', "\\["), Map.entry(']', "\\]"),
            Map.entry('~', "\\~"), Map.entry('#', "\\#"), Map.entry('$', "\\$"),
            Map.entry('\n', " "), Map.entry('\r', " "));

    /**
     * Markdown passes raw HTML through, so its specials become entities; {@code |} would split a table
     * cell and a line break would end it. Every character that starts a link, an image, emphasis, code,
     * strikethrough or math is backslash-escaped, so a param value cannot inject a link or break the
     * table of a CI summary. {@code (} and {@code )} need no escape once {@code [ ]} have one: they mean
     * something only right after a {@code ]}. Two characters stay as they are where GFM reads them as
     * text, so a raw CI log reads well: an underscore between two letters or digits (PROCESS_POOL; GFM
     * never takes an intraword underscore for emphasis), and a {@code #} anywhere but at the start of a
     * heading, paragraph or list item (only there can it make a heading).
     */
    static final CharacterEscapes MARKDOWN = new CharacterEscapes(MARKDOWN_SPECIALS,
            (text, i, start) -> switch (text.charAt(i)) {
                case '_' -> intraword(text, i);
                case '#' -> i != start;
                default -> false;
            });

    /** {@link #MARKDOWN} inside a table cell, which holds inline text only: a {@code #} is never a heading there. */
    static final CharacterEscapes MARKDOWN_CELL = new CharacterEscapes(MARKDOWN_SPECIALS,
            (text, i, start) -> switch (text.charAt(i)) {
                case '_' -> intraword(text, i);
                case '#' -> true;
                default -> false;
            });

    private final Map<Character, String> replacements;
    private final Inert inert;

    private CharacterEscapes(Map<Character, String> replacements, Inert inert) {
        this.replacements = replacements;
        this.inert = inert;
    }

    private static boolean intraword(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacements.get(c);
            if (replacement == null || inert.at(text, i, start)) {
                out.append(c);
            } else {
                out.append(replacement);
            }
        }
        return out.toString();
    }
}
