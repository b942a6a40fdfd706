package org.otmilestones.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.server.DetectorConnectionFactory;
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
 * download files. Nothing leaves the building: every page, style and script is served from here. The
 * routes are in {@link Routes}, who may open them is checked by {@link Guards}, and what can be done
 * with a data folder without a server is in {@link DataTasks}.
 */
public final class WebServer implements AutoCloseable {

    /** The largest form that is not an upload. */
    static final long MAX_FORM_BYTES = 1024 * 1024;
    /** The largest upload: a survey export of the importer's largest size, and the form around it. */
    static final long MAX_UPLOAD_BYTES = SurveyImports.MAX_FILE_BYTES + MAX_FORM_BYTES;

    private final Javalin app;
    private final Database db;
    private final DataFolderLock lock;
    private final String url;
    private final Optional<String> fingerprint;
    private final ChecklistStore store;
    private final Path dataDir;
    private final ScheduledExecutorService tasks;
    private final List<String> registered;
    private final List<Routes.Route> table;
    private final Cleanup cleanup;

    private WebServer(Javalin app, Database db, DataFolderLock lock, String url, Optional<String> fingerprint,
            ChecklistStore store, Path dataDir, ScheduledExecutorService tasks, List<String> registered,
            List<Routes.Route> table, Cleanup cleanup) {
        this.app = app;
        this.db = db;
        this.lock = lock;
        this.url = url;
        this.fingerprint = fingerprint;
        this.store = store;
        this.dataDir = dataDir;
        this.tasks = tasks;
        this.registered = registered;
        this.table = table;
        this.cleanup = cleanup;
    }

    /**
     * Starts the server.
     *
     * @throws WebSetupException when the data folder is in use by another server or cannot be used, the
     *         keystore or the port cannot be used, no staff password is set, or the address cannot be found
     *         or TLS cannot be set up for it
     */
    public static WebServer start(ServerConfig config) throws WebSetupException {
        DataFolder.prepare(config.dataDir());
        DataFolderLock lock = DataFolderLock.acquire(config.dataDir());
        try {
            Database db = Database.open(config.dataDir());
            try {
                return start(config, lock, db);
            } catch (WebSetupException | RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (WebSetupException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static WebServer start(ServerConfig config, DataFolderLock lock, Database db) throws WebSetupException {
        Settings settings = new Settings(db);
        ClinicSettings clinic;
        Tokens tokens;
        try {
            if (settings.text(Settings.PASSWORD_HASH).isEmpty()) {
                throw new WebSetupException(config.dataDir().toString(), "no staff password is set",
                        "run otm serve in a terminal to set one, or give it with --password-file FILE");
            }
            tokens = new Tokens(settings.secret());
            clinic = new ClinicSettings(settings, config.dataDir());
        } catch (SQLException e) {
            throw new WebSetupException(db.file().toString(), "cannot read the settings (" + e.getMessage() + ")",
                    "restore the data folder from a backup, or choose another with --data", e);
        }
        Hosts hosts = Hosts.of(config.host(), config.allowedHosts());
        Optional<Tls.Key> tls = Optional.empty();
        if (config.keystore().isPresent()) {
            tls = Optional.of(Tls.load(config.keystore().get(), config.keystorePassword().orElse("").toCharArray()));
        } else if (!hosts.loopback()) {
            List<String> names = new ArrayList<>(List.of(config.host()));
            names.addAll(config.allowedHosts());
            tls = Optional.of(Tls.selfSigned(settings, config.dataDir(), names));
        }
        requireFreePort(config);
        Path uploads;
        try {
            uploads = DataFolder.uploads(config.dataDir());
            cleanUploads(uploads);
        } catch (IOException e) {
            throw new WebSetupException(config.dataDir().toString(), "cannot make its uploads folder (" + e.getMessage()
                    + ")", "check the rights of the data folder", e);
        }
        Consumer<String> log = config.log();
        // HSTS only on the network: on loopback it would hold the browser's other local sites to HTTPS too.
        Http http = new Http(tls.isPresent(), tls.isPresent() && !hosts.loopback());
        ChecklistStore store = new ChecklistStore(db);
        Results results = new Results(config.catalog());
        StaffSessions staffSessions = new StaffSessions(config.clock());
        FamilySessions familySessions = new FamilySessions(config.clock(), config.familyIdle());
        OnceForms once = new OnceForms(config.clock());
        ServerUrl serverUrl = new ServerUrl();
        FamilyPages family = new FamilyPages(http, tokens, store, results, clinic, config.clock(), familySessions, once);
        StaffPages staff = new StaffPages(http, store, results, clinic, config.clock(), familySessions, once, serverUrl);
        SignInPages signIn = new SignInPages(http, tokens, staffSessions, new LoginThrottle(config.clock()), settings,
                staff);
        Cleanup cleanup = new Cleanup(http, staff, store, results, familySessions, clinic, config.clock(), log);
        Routes.Pages pages = new Routes.Pages(family, signIn, staff, cleanup,
                new ImportPages(http, staff, store, results, config.dataDir(), config.clock()),
                new ClinicPages(http, staff, clinic), new DownloadPages(staff, store, results, clinic), new Statics());
        Guards guards = new Guards(http, hosts, serverUrl, staffSessions, familySessions, store);
        Errors errors = new Errors(http, family, signIn, log);
        List<String> registered = Collections.synchronizedList(new ArrayList<>());
        List<Routes.Route> table = Routes.table(pages);
        Optional<Tls.Key> key = tls;

        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = MAX_FORM_BYTES;
            c.http.prefer405over404 = true;
            c.jetty.multipartConfig.cacheDirectory(uploads.toString());
            c.jetty.multipartConfig.maxFileSize(SurveyImports.MAX_FILE_BYTES, SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            c.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            c.jetty.addConnector((server, httpConfig) -> connector(server, httpConfig, config, key));
            c.events.handlerAdded(h -> registered.add(h.getHttpMethod() + " " + h.getPath() + " " + h.getRoles()));
            // The log names the route (/f/{token}/{step}), never the path itself: the path holds a
            // family's link, and a query may hold a name typed into the search.
            c.requestLogger.http((ctx, ms) -> log.accept(String.format("%s %s %s %d %.0f ms",
                    LocalDateTime.now(config.clock()).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19),
                    ctx.method(), route(ctx), ctx.statusCode(), ms)));
            c.routes.before(guards::everyRequest);
            c.routes.beforeMatched(guards::beforeRoute);
            Routes.register(c.routes, table);
            errors.register(c.routes);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new WebSetupException(null, "cannot listen on " + config.host() + ":" + config.port() + " ("
                    + rootMessage(e) + ")", "is another otm serve running? Choose another port with --port", e);
        }
        String url = (tls.isPresent() ? "https" : "http") + "://" + hosts.linkHost() + ":" + app.port();
        serverUrl.set(url);
        ScheduledExecutorService tasks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "otm-cleanup");
            t.setDaemon(true);
            return t;
        });
        tasks.scheduleWithFixedDelay(cleanup::automatic, 0, 1, TimeUnit.HOURS);
        return new WebServer(app, db, lock, url, tls.map(Tls.Key::fingerprint), store, config.dataDir(), tasks,
                List.copyOf(registered), table, cleanup);
    }

    /**
     * Fails with our own message when the port is taken, before the web server tries it (whose own error
     * would come first, in the framework's words).
     */
    private static void requireFreePort(ServerConfig config) throws WebSetupException {
        if (config.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(config.host(), config.port()));
        } catch (IOException e) {
            throw new WebSetupException(null, "cannot listen on " + config.host() + ":" + config.port() + " (the port is"
                    + " in use, or not allowed: " + e.getMessage() + ")",
                    "is another otm serve running? Stop it, or choose another port with --port", e);
        }
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
            HttpConnectionFactory http = new HttpConnectionFactory(https);
            // TLS when the browser speaks it; plain HTTP on the same port reaches the guard, which sends it on
            // to the HTTPS address instead of leaving the browser with a protocol error.
            SslConnectionFactory sslFactory = new SslConnectionFactory(ssl, http.getProtocol());
            connector = new ServerConnector(server, new DetectorConnectionFactory(sslFactory), http);
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
        }
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }

    /** The route's pattern, such as {@code /f/{token}/{step}}: never the path with its link or search. */
    static String route(Context ctx) {
        String path = null;
        try {
            // The route matched, also while a before-handler runs (whose own path is "*").
            path = ctx.endpoints().matchedHttpEndpoint().path;
        } catch (RuntimeException e) {
            // No route matched.
        }
        if (path == null || path.isEmpty() || path.equals("*")) {
            try {
                path = ctx.endpoint().path;
            } catch (RuntimeException e) {
                path = null;
            }
        }
        return path == null || path.isEmpty() || path.equals("*") ? "(no route)" : path;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
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

    /** Every route as the web framework registered it: method, path and access, for the route test. */
    List<String> registeredRoutes() {
        return registered;
    }

    /** Runs the hourly automatic removal now, for its test. */
    void runCleanupNow() {
        cleanup.automatic();
    }

    /** The route table the server was given, for the route test. */
    List<Routes.Route> routeTable() {
        return table;
    }

    /** Stops serving, closes the database and lets go of the data folder. */
    @Override
    public void close() {
        tasks.shutdownNow();
        app.stop();
        db.close();
        try {
            cleanUploads(DataFolder.uploads(dataDir));
        } catch (IOException e) {
            // The next start clears them.
        }
        lock.close();
    }

    static String stackOf(Throwable e) {
        return e.getClass().getName() + " at " + Arrays.stream(e.getStackTrace()).limit(8).map(String::valueOf)
                .reduce((a, b) -> a + " < " + b).orElse("?");
    }
}
