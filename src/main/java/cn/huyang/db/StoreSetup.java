package cn.huyang.db;

import cn.huyang.security.FileKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionListener;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every store does the same way: one jOOQ configuration (the generated classes are made once, from
 * the Flyway scripts, with upper-case names; each store renders them in its own case), the schema
 * check (a database of a newer program is refused untouched) and the migration by the same Flyway
 * scripts, after a backup when the database already holds data of an older schema.
 */
final class StoreSetup {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSetup.class);

    private StoreSetup() {
    }

    /**
     * jOOQ on the data source with thread-bound transactions: repositories keep using this one
     * DSLContext inside {@link Transactor#inTransaction}. Names are rendered unquoted in {@code nameCase}
     * (H2 folds unquoted names to upper case, PostgreSQL to lower case).
     */
    static DSLContext dsl(DataSource dataSource, SQLDialect dialect, RenderNameCase nameCase,
                          TransactionListener... listeners) {
        Configuration configuration = new DefaultConfiguration()
                .set(dialect)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource), true))
                .set(new Settings().withExecuteLogging(false).withRenderQuotedNames(RenderQuotedNames.NEVER)
                        .withRenderNameCase(nameCase))
                .set(listeners);
        return DSL.using(configuration);
    }

    /** Migrates the database behind the data source to the latest shipped schema. */
    static void migrate(DataSource dataSource) {
        Migrations.flyway(dataSource)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** Throws the store's {@link SchemaTooNewException} when {@code applied} is above this build's latest. */
    static void refuseNewer(String applied, Function<String, SchemaTooNewException> tooNew) {
        if (Migrations.isNewerThanThisBuild(applied)) {
            throw tooNew.apply(applied);
        }
    }

    /**
     * Nothing when the schema is up to date (Flyway is not even started); otherwise refuses a newer
     * schema, backs up a database that has an older one into the local folder's backups, and migrates.
     *
     * @param key the file key backups are sealed with (null: unencrypted)
     * @param where the database as messages name it
     */
    static void prepareSchema(DataSource dataSource, DataFolder folder, Clock clock, FileKey key, String where,
                              Function<String, SchemaTooNewException> tooNew) {
        try (Connection c = dataSource.getConnection()) {
            if (BackupFile.schemaUpToDate(c)) {
                return;
            }
            String applied = BackupFile.appliedVersion(c);
            refuseNewer(applied, tooNew);
            if (applied != null && Migrations.latest().isNewerThan(applied)) {
                LOG.info("Schema {} → {}: backing up first", applied, Migrations.latest());
                Backups.writeAutomatic(c, folder, BackupKind.BEFORE_MIGRATION, clock, key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema version of " + where, e);
        }
        migrate(dataSource);
    }
}
