package io.github.parbench.cli.document;

import java.util.List;

/**
 * Renders a {@link Document} as one self-contained HTML page: inline CSS and inline SVG charts, no
 * script, no external request. Every text from the inputs goes through {@link #escape}.
 */
public final class HtmlRenderer {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:78em;
            padding:0 1.5em;color:#1d232a;line-height:1.45}
            h1{font-size:1.7em;border-bottom:2px solid #d0d7de;padding-bottom:.3em}
            h2{font-size:1.35em;margin-top:2em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
            h3{font-size:1.12em;margin-top:1.6em}
            h4{font-size:1em}
            table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.92em}
            th,td{border:1px solid #d0d7de;padding:.25em .6em;vertical-align:top}
            th{background:#f3f5f7;text-align:left}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr:nth-child(even) td{background:#fafbfc}
            figure{margin:1em 1em 1em 0;display:inline-block;vertical-align:top;width:calc(50% - 1.2em);min-width:24em}
            figcaption{font-size:.9em;color:#57606a;margin-top:.2em}
            figure svg{width:100%;height:auto;border:1px solid #e5e8eb}
            p,li{max-width:60em}
            """;

    private HtmlRenderer() {
    }

    public static String render(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(document.title())).append("</h1>\n");
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h) {
                int level = Math.min(6, h.level() + 1);
                out.append("<h").append(level).append('>').append(escape(h.text())).append("</h").append(level).append(">\n");
            } else if (block instanceof Block.Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Block.BulletList list) {
                out.append("<ul>\n");
                list.items().forEach(item -> out.append("<li>").append(escape(item)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof Block.Table table) {
                table(out, table);
            } else if (block instanceof Block.Figure figure) {
                out.append("<figure>\n").append(figure.svg()).append("\n<figcaption>")
                        .append(escape(figure.caption())).append("</figcaption>\n</figure>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder out, Block.Table table) {
        out.append("<table>\n<thead><tr>");
        table.header().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(table.numeric().get(i) ? "<td class=\"n\">" : "<td>").append(escape(row.get(i))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Makes input text inert in this format (see {@link CharacterEscapes#HTML}). */
    public static String escape(String text) {
        return CharacterEscapes.HTML.apply(text);
    }
}
