package io.github.parbench.cli.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link Document} as GitHub-flavoured Markdown (fits a CI job summary). Text from the
 * inputs is escaped ({@link CharacterEscapes#MARKDOWN}): no input can add a link, an image, HTML or
 * formatting, or split a table cell.
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(document.title())).append("\n\n");
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h) {
                out.append("#".repeat(Math.min(6, h.level() + 1))).append(' ').append(escape(h.text())).append("\n\n");
            } else if (block instanceof Block.Paragraph p) {
                out.append(escape(p.text())).append("\n\n");
            } else if (block instanceof Block.BulletList list) {
                list.items().forEach(item -> out.append("- ").append(escape(item)).append('\n'));
                out.append('\n');
            } else if (block instanceof Block.Table table) {
                table(out, table);
            } else if (block instanceof Block.Figure figure) {
                out.append("_Chart in report.html: ").append(escape(figure.caption())).append("_\n\n");
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Block.Table table) {
        out.append(row(table.header()));
        out.append(table.numeric().stream().map(n -> n ? "---:" : "---").collect(Collectors.joining(" | ", "| ", " |\n")));
        table.rows().forEach(r -> out.append(row(r)));
        out.append('\n');
    }

    private static String row(List<String> cells) {
        return cells.stream().map(CharacterEscapes.MARKDOWN_CELL::apply).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** Makes input text inert in this format (see {@link CharacterEscapes#MARKDOWN}). */
    public static String escape(String text) {
        return CharacterEscapes.MARKDOWN.apply(text);
    }
}
