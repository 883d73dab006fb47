package io.github.parbench.cli.document;

import java.util.ArrayList;
import java.util.List;

/** Collects a table row by row; columns declared numeric are right-aligned when rendered. */
public final class TableBuilder {

    private final List<String> header = new ArrayList<>();
    private final List<Boolean> numeric = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    public TableBuilder text(String column) {
        header.add(column);
        numeric.add(false);
        return this;
    }

    public TableBuilder number(String column) {
        header.add(column);
        numeric.add(true);
        return this;
    }

    public TableBuilder row(List<String> cells) {
        rows.add(cells);
        return this;
    }

    public TableBuilder row(String... cells) {
        return row(List.of(cells));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public Block.Table build() {
        return new Block.Table(header, rows, numeric);
    }
}
