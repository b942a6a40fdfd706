package org.otmilestones.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.otmilestones.survey.SurveyImports;

/**
 * {@code otm serve}: the clinic's own checklist page, on the clinic's own computer. Families fill in the
 * checklist; staff, behind a password, see the results, print handouts, import survey exports and
 * download files. Nothing leaves the building: every page, style and script is served from here.
 */
public final class WebServer implements AutoCloseable {

    private static final Map<String, String> STATIC_TYPES = Map.of("app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8", "icon.svg", "image/svg+xml");

    private final Javalin app;
    private final Database db;
    private final String url;
    private final Optional<String> fingerprint;
    private final ChecklistStore store;
    private final Path dataDir;

    private WebServer(Javalin app, Database db, String url, Optional<String> fingerprint, ChecklistStore store,
            Path dataDir) {
        this.app = app;
        this.db = db;
        this.dataDir = dataDir;
        this.url = url;
        this.fingerprint = fingerprint;
        this.store = store;
    }

    /**
     * Starts the server.
     *
     * @throws WebSetupException when the data folder, the keystore or the port cannot be used, no staff
     *         password is set, or the address is not loopback and TLS cannot be set up
     */
    public static WebServer start(ServerConfig config) throws WebSetupException {
        Database db = Database.open(config.dataDir());
        try {
            return start(config, db);
        } catch (WebSetupException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static WebServer start(ServerConfig config, Database db) throws WebSetupException {
        Settings settings = new Settings(db);
        ClinicSettings clinic;
        Tokens tokens;
        try {
            if (settings.text(Settings.PASSWORD_HASH).isEmpty()) {
                throw new WebSetupException("no staff password is set for " + config.dataDir()
                        + "; run otm serve in a terminal to set one, or give it with --password-file FILE");
            }
            tokens = new Tokens(settings.secret());
            clinic = new ClinicSettings(settings, config.dataDir());
        } catch (SQLException e) {
            throw new WebSetupException(db.file() + ": cannot read the settings (" + e.getMessage() + ")", e);
        }
        Optional<Tls.Key> tls = Optional.empty();
        if (config.keystore().isPresent()) {
            tls = Optional.of(Tls.load(config.keystore().get(), config.keystorePassword().orElse("").toCharArray()));
        } else if (!config.loopback()) {
            tls = Optional.of(Tls.selfSigned(settings, config.dataDir(), config.host()));
        }
        Http http = new Http(tls.isPresent());
        ChecklistStore store = new ChecklistStore(db);
        Results results = new Results(config.catalog());
        StaffSessions sessions = new StaffSessions(config.clock());
        LoginThrottle throttle = new LoginThrottle(config.clock());
        FamilyPages family = new FamilyPages(http, tokens, store, results, clinic, config.clock());
        StaffPages staff = new StaffPages(http, tokens, sessions, throttle, settings, store, results, clinic,
                config.clock());
        ImportPages imports = new ImportPages(http, staff, store, results, config.dataDir(), config.clock());
        ClinicPages clinicPages = new ClinicPages(http, staff, clinic);
        DownloadPages downloads = new DownloadPages(staff, store, results, clinic);
        Map<String, byte[]> statics = statics();
        Path uploads;
        try {
            uploads = DataFolder.uploads(config.dataDir());
            cleanUploads(uploads);
        } catch (IOException e) {
            throw new WebSetupException(config.dataDir() + ": cannot make its uploads folder (" + e.getMessage() + ")");
        }
        Consumer<String> log = config.log();
        Optional<Tls.Key> key = tls;

        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = 1024 * 1024;
            c.jetty.multipartConfig.cacheDirectory(uploads.toString());
            c.jetty.multipartConfig.maxFileSize(SurveyImports.MAX_FILE_BYTES, SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            c.jetty.multipartConfig.maxTotalRequestSize(SurveyImports.MAX_FILE_BYTES + 1024 * 1024, SizeUnit.BYTES);
            c.jetty.addConnector((server, httpConfig) -> connector(server, httpConfig, config, key));
            // The log names the route (/f/{token}/{step}), never the path itself: the path holds a
            // family's link, and a query may hold a name typed into the search.
            c.requestLogger.http((ctx, ms) -> log.accept(String.format("%s %s %s %d %.0f ms",
                    LocalDateTime.now(config.clock()).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19),
                    ctx.method(), route(ctx), ctx.statusCode(), ms)));

            var r = c.routes;
            r.before(http::securityHeaders);
            r.get("/static/{name}", ctx -> serveStatic(ctx, statics));
            r.get("/", family::startPage);
            r.post("/start", family::start);
            r.get("/f/{token}", family::resume);
            r.get("/f/{token}/done", family::done);
            r.get("/f/{token}/handout.pdf", family::handout);
            r.post("/f/{token}/answer", family::saveAnswer);
            r.get("/f/{token}/{step}", family::step);
            r.post("/f/{token}/{step}", family::saveStep);

            r.get("/staff/login", staff::loginPage);
            r.post("/staff/login", staff::login);
            r.post("/staff/logout", staff::logout);
            r.get("/staff", staff::list);
            r.get("/staff/start", staff::startPage);
            r.post("/staff/start", staff::startFamily);
            r.get("/staff/import", imports::page);
            r.post("/staff/import", imports::upload);
            r.post("/staff/import/again", imports::again);
            r.get("/staff/clinic", clinicPages::page);
            r.post("/staff/clinic", clinicPages::save);
            r.get("/staff/export/handouts.zip", downloads::exportZip);
            r.get("/staff/export/summary.csv", downloads::exportSummary);
            r.get("/staff/export/results.json", downloads::exportResults);
            r.get("/staff/export/answers.csv", downloads::exportAnswers);
            r.get("/staff/checklists/{id}", staff::detail);
            r.get("/staff/checklists/{id}/handout.pdf", downloads::handout);
            r.get("/staff/checklists/{id}/results.json", downloads::resultJson);
            r.get("/staff/checklists/{id}/answers.csv", downloads::answersCsv);
            r.get("/staff/checklists/{id}/delete", staff::confirmDelete);
            r.post("/staff/checklists/{id}/delete", staff::delete);
            r.post("/staff/checklists/{id}/reviewed", staff::reviewed);
            r.post("/staff/checklists/{id}/link", staff::newLink);

            r.exception(Http.Problem.class, (e, ctx) -> {
                ctx.status(e.status);
                http.render(ctx, "message", new Views.Message(messageLayout(e.title), e.title, e.getMessage(),
                        Optional.empty()));
            });
            r.exception(StaffPages.NotSignedIn.class, (e, ctx) -> staff.showLogin(ctx,
                    Optional.of("Staff only: please sign in."), 403));
            r.exception(Exception.class, (e, ctx) -> {
                // The class and where it happened, never the message: a message may quote a value.
                log.accept("otm: a bug in otm on " + ctx.method() + " " + route(ctx) + ": " + e.getClass().getName()
                        + " at " + Arrays.stream(e.getStackTrace()).limit(8).map(String::valueOf)
                        .reduce((a, b) -> a + " < " + b).orElse("?"));
                ctx.status(500);
                http.render(ctx, "message", new Views.Message(messageLayout("Something went wrong"),
                        "Something went wrong", "This is a bug in otm. Your earlier answers are saved. Please try again,"
                                + " or tell the front desk.", Optional.empty()));
            });
            r.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    http.render(ctx, "message", new Views.Message(messageLayout("Not found"), "Not found",
                            "There is no page here.", Optional.of("/")));
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new WebSetupException("cannot listen on " + config.host() + ":" + config.port() + " ("
                    + rootMessage(e) + "); is another otm serve running? Choose another port with --port", e);
        }
        String url = (tls.isPresent() ? "https" : "http") + "://" + hostForUrl(config.host()) + ":" + app.port();
        return new WebServer(app, db, url, tls.map(Tls.Key::fingerprint), store, config.dataDir());
    }

    private static ServerConnector connector(Server server, HttpConfiguration httpConfig, ServerConfig config,
            Optional<Tls.Key> tls) {
        httpConfig.setSendServerVersion(false);
        httpConfig.setSendXPoweredBy(false);
        ServerConnector connector;
        if (tls.isPresent()) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStore(tls.get().keyStore());
            ssl.setKeyStorePassword(new String(tls.get().password()));
            HttpConfiguration https = new HttpConfiguration(httpConfig);
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // A clinic reaches the server by its address, which a self-signed certificate names but SNI cannot.
            secure.setSniHostCheck(false);
            https.addCustomizer(secure);
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(https));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
        }
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }

    private static Views.Layout messageLayout(String title) {
        return new Views.Layout("en", title, "Skip to the main content", Optional.empty(), Optional.empty());
    }

    /** The route's pattern, such as {@code /f/{token}/{step}}: never the path with its link or search. */
    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "(no route)";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static Map<String, byte[]> statics() {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : STATIC_TYPES.keySet()) {
            try (InputStream in = WebServer.class.getResourceAsStream("static/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("static/" + name + " is missing from the jar");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(files);
    }

    private static void serveStatic(Context ctx, Map<String, byte[]> statics) {
        String name = ctx.pathParam("name");
        byte[] bytes = statics.get(name);
        if (bytes == null) {
            throw Http.notFound("There is no such file.");
        }
        ctx.contentType(STATIC_TYPES.get(name));
        // Styles and scripts hold no one's data; a short cache keeps the tablet quick.
        ctx.header("Cache-Control", "max-age=300");
        ctx.result(bytes);
    }

    /** Uploads left by a server that was stopped while reading them. */
    private static void cleanUploads(Path uploads) throws IOException {
        try (var list = Files.list(uploads)) {
            for (Path p : list.toList()) {
                ImportPages.delete(p);
            }
        }
    }

    /** The address families and staff open, such as {@code http://127.0.0.1:8080}. */
    public String url() {
        return url;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The certificate's SHA-256 fingerprint, under TLS, for staff to compare with what the browser shows. */
    public Optional<String> fingerprint() {
        return fingerprint;
    }

    /** How many answers (other than blanks) the database holds; for the load benchmark. */
    public long answerCount() throws SQLException {
        return store.answerCount();
    }

    /** Stops serving and closes the database. */
    @Override
    public void close() {
        app.stop();
        db.close();
        try {
            cleanUploads(DataFolder.uploads(dataDir));
        } catch (IOException e) {
            // The next start clears them.
        }
    }

    // --- Set-up that runs without a server ---

    /** True when the data folder has a staff password. */
    public static boolean hasPassword(Path dataDir) throws WebSetupException {
        try (Database db = Database.open(dataDir)) {
            return new Settings(db).text(Settings.PASSWORD_HASH).isPresent();
        } catch (SQLException e) {
            throw new WebSetupException(dataDir + ": cannot read the settings (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Sets (or replaces) the staff password, stored as a slow salted hash.
     *
     * @throws WebSetupException when the password is too short or the data folder cannot be used
     */
    public static void setPassword(Path dataDir, char[] password, int iterations) throws WebSetupException {
        String problem = Passwords.problem(password);
        if (problem != null) {
            throw new WebSetupException(problem);
        }
        try (Database db = Database.open(dataDir)) {
            new Settings(db).put(Settings.PASSWORD_HASH, Passwords.hash(password, iterations));
        } catch (SQLException e) {
            throw new WebSetupException(dataDir + ": cannot save the password (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes a consistent copy of the data folder's database into {@code targetDir} (made owner-only if
     * need be), while a server may be running; returns the copy's path.
     */
    public static Path backup(Path dataDir, Path targetDir, LocalDateTime now) throws WebSetupException {
        if (!Files.isRegularFile(dataDir.resolve(Database.FILE_NAME))) {
            throw new WebSetupException(dataDir + ": there is no otm data here (no " + Database.FILE_NAME
                    + "); give the data folder with --data");
        }
        Path dir = DataFolder.prepare(targetDir);
        String stamp = now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
        Path target = dir.resolve("otm-backup-" + stamp + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve("otm-backup-" + stamp + "-" + n + ".db");
        }
        try (Database db = Database.open(dataDir)) {
            db.backupTo(target);
            return target;
        } catch (SQLException | IOException e) {
            throw new WebSetupException("could not write the backup " + target + " (" + e.getMessage()
                    + "); check the folder's rights and free space", e);
        }
    }
}
