package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.MarkdownRenderer;
import io.github.parbench.cli.document.TableBuilder;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void aHashMakesAHeadingOnlyAtTheStartSoOnlyThereIsItEscaped() {
        assertEquals("\\# not a heading", MarkdownRenderer.escape("# not a heading"));
        assertEquals("  \\## neither", MarkdownRenderer.escape("  ## neither"));
        assertEquals("ops/s # counted", MarkdownRenderer.escape("ops/s # counted"));
    }

    @Test
    void aTableCellHoldsInlineTextOnlySoItsHashStays() {
        String table = MarkdownRenderer.render(new Document("t").add(new TableBuilder().text("Unit").row("#").build()));
        assertTrue(table.contains("| # |"), table);
    }

    @Test
    void anUnderscoreStaysOnlyInsideAWord() {
        assertEquals("PROCESS_POOL", MarkdownRenderer.escape("PROCESS_POOL"));
        assertEquals("\\_emphasis\\_ and snake_case\\_", MarkdownRenderer.escape("_emphasis_ and snake_case_"));
    }

    @Test
    void linksImagesHtmlAndCodeAreInert() {
        assertEquals("!\\[x\\](http://e.example) &lt;img src=x&gt; \\`c\\` \\*b\\* \\~s\\~ \\$m\\$ a\\\\b \\| cell",
                MarkdownRenderer.escape("![x](http://e.example) <img src=x> `c` *b* ~s~ $m$ a\\b | cell"));
        assertEquals("one line", MarkdownRenderer.escape("one\nline"));
    }
}
