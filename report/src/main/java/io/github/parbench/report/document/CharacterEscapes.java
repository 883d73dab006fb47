package io.github.parbench.report.document;

import java.util.Map;

/** A table of characters to replace, so each output format states its escapes once. */
final class CharacterEscapes {

    /** Text content and attribute values alike: the five characters HTML gives meaning to. */
    static final CharacterEscapes HTML = new CharacterEscapes(Map.of(
            '&', "&amp;", '<', "&lt;", '>', "&gt;", '"', "&quot;", '\'', "&#39;"));

    /**
     * Markdown passes raw HTML through, so its specials become entities, and {@code |} would split a
     * table cell. Emphasis characters stay as they are, so names such as PROCESS_POOL read well in a
     * raw CI log (GFM ignores intraword underscores).
     */
    static final CharacterEscapes MARKDOWN = new CharacterEscapes(Map.of(
            '&', "&amp;", '<', "&lt;", '>', "&gt;", '|', "\\|", '\n', " ", '\r', " "));

    private final Map<Character, String> replacements;

    private CharacterEscapes(Map<Character, String> replacements) {
        this.replacements = replacements;
    }

    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String replacement = replacements.get(c);
            if (replacement == null) {
                out.append(c);
            } else {
                out.append(replacement);
            }
        }
        return out.toString();
    }
}
