package io.github.parbench.cli.document;

import java.util.List;

/**
 * A piece of a report, independent of its format. Every string is plain text as it came from the
 * inputs; the renderers escape it for Markdown or HTML. Only {@link Figure#svg()} is markup, and it is
 * produced by JFreeSVG, which escapes the text it draws.
 */
public sealed interface Block {

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record BulletList(List<String> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** A table; {@code numeric} marks the columns to right-align. */
    record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size());
                }
            }
        }
    }

    /** A chart: only the HTML report can show it. */
    record Figure(String caption, String svg) implements Block {
    }
}
