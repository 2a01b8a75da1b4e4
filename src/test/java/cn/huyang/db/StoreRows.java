package cn.huyang.db;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every row of a store, field by field, as text a test compares between two stores (H2 and PostgreSQL). */
public final class StoreRows {
    private StoreRows() {
    }

    /** Each table's rows (by its name in the Flyway scripts), each row its values as a backup writes them, sorted. */
    public static Map<String, List<String>> of(Store store) {
        String version = store.schemaVersion();
        return store.dsl().connectionResult(c -> {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (Catalog.Table t : Catalog.read(c, version).tables()) {
                List<String> rows = new ArrayList<>();
                String cols = t.columns().stream().map(col -> Catalog.quote(col.sqlName())).collect(Collectors.joining(", "));
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select " + cols + " from " + Catalog.quote(t.sqlName()))) {
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 0; i < t.columns().size(); i++) {
                            line.append(i == 0 ? "" : ",").append(t.columns().get(i).name()).append('=');
                            Values.write(line, rs, i + 1, t.columns().get(i));
                        }
                        rows.add(line.toString());
                    }
                }
                Collections.sort(rows);
                tables.put(t.name(), rows);
            }
            return tables;
        });
    }
}
