package org.otmilestones.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.otmilestones.core.Checkpoint;

/**
 * Load benchmark (not a test): a server in its own process, 50 simulated families at once over
 * loopback, each answering a 24-month checklist question by question (one request per answer, as
 * the page's script sends them) and starting again when done, while staff download handouts; then
 * the database is checked against every answer sent. Prints numbers; asserts nothing.
 * Run by benchmarks/web-load.sh. Arguments: [families] [seconds] [staff threads] [think ms].
 */
public final class WebLoadBenchmark {

    private WebLoadBenchmark() {
    }

    /** Latencies of one kind of request, in microseconds. */
    private static final class Samples {
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong errors = new AtomicLong();

        void add(long nanos) {
            micros.add(nanos / 1000);
        }

        String summary(String label, double seconds) {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return label + ": no requests, " + errors.get() + " errors";
            }
            return String.format("%-34s %8d requests  %8.1f/s  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d",
                    label, sorted.size(), sorted.size() / seconds, pct(sorted, 50) / 1000.0, pct(sorted, 99) / 1000.0,
                    sorted.get(sorted.size() - 1) / 1000.0, errors.get());
        }

        static long pct(List<Long> sorted, int p) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    public static void main(String[] args) throws Exception {
        int families = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int staffThreads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int thinkMs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Path data = Files.createTempDirectory("otm-load").resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ServerProcess.class.getName(), data.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String base;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            base = out.readLine().substring("serving at ".length());
            Checkpoint cp = TestServer.CATALOG.checkpoint("24m").orElseThrow();
            ChecklistForm form = ChecklistForm.of(TestServer.CATALOG, cp);
            List<String> questions = new ArrayList<>();
            form.steps().forEach(s -> s.questions().forEach(q -> questions.add(q.id())));
            String[] answers = {"YES", "SOMETIMES", "NOT_YET", "NOT_SURE"};

            Samples answerSamples = new Samples();
            Samples startSamples = new Samples();
            Samples handoutSamples = new Samples();
            Map<String, Map<String, String>> sent = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();

            // Warm-up: a few families, so the JIT has compiled the hot paths before the clock starts.
            WebClient warm = new WebClient(base);
            for (int i = 0; i < 50; i++) {
                String path = warm.startFamily("en", "Warm " + i, "5", "10", "2024");
                String token = WebClient.csrf(warm.get(path + "/1").body());
                for (String q : questions) {
                    warm.post(path + "/answer", Map.of("csrf", token, "question", q, "answer", "YES"));
                }
                sent.put(path.substring(3), questions.stream().collect(HashMap::new, (m, q) -> m.put(q, "YES"), HashMap::putAll));
            }

            List<Thread> threads = new ArrayList<>();
            for (int f = 0; f < families; f++) {
                int seed = f;
                threads.add(new Thread(() -> {
                    Random random = new Random(seed);
                    WebClient client = new WebClient(base);
                    try {
                        // Families arrive over the first five seconds, not all in the same millisecond.
                        Thread.sleep(random.nextInt(5000));
                    } catch (InterruptedException e) {
                        return;
                    }
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        String path;
                        String token;
                        try {
                            path = client.startFamily(seed % 2 == 0 ? "en" : "es", "Family " + seed, "5", "10", "2024");
                            token = WebClient.csrf(client.get(path + "/1").body());
                            startSamples.add(System.nanoTime() - t0);
                        } catch (RuntimeException | AssertionError e) {
                            startSamples.errors.incrementAndGet();
                            continue;
                        }
                        Map<String, String> mine = new HashMap<>();
                        sent.put(path.substring(3), mine);
                        for (String q : questions) {
                            if (stop.get()) {
                                break;
                            }
                            String a = answers[random.nextInt(answers.length)];
                            long start = System.nanoTime();
                            try {
                                int status = client.post(path + "/answer", Map.of("csrf", token, "question", q, "answer", a))
                                        .statusCode();
                                if (status == 204) {
                                    answerSamples.add(System.nanoTime() - start);
                                    mine.put(q, a);
                                } else {
                                    answerSamples.errors.incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                answerSamples.errors.incrementAndGet();
                            }
                            if (thinkMs > 0) {
                                try {
                                    Thread.sleep(random.nextInt(2 * thinkMs + 1));
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        }
                    }
                }, "family-" + f));
            }
            for (int s = 0; s < staffThreads; s++) {
                threads.add(new Thread(() -> {
                    WebClient staff = new WebClient(base);
                    staff.login(TestServer.PASSWORD);
                    long id = 1;
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        var r = staff.getBytes("/staff/checklists/" + id + "/handout.pdf");
                        if (r.statusCode() == 200 && r.body().length > 1000) {
                            handoutSamples.add(System.nanoTime() - start);
                        } else {
                            handoutSamples.errors.incrementAndGet();
                        }
                        id = id % 20 + 1;
                    }
                }, "staff-" + s));
            }
            long begin = System.nanoTime();
            threads.forEach(Thread::start);
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            double elapsed = (System.nanoTime() - begin) / 1e9;

            System.out.printf("otm serve load: %d families, %d staff rendering handouts, %d s, think time %d ms, %d cores%n",
                    families, staffThreads, seconds, thinkMs, Runtime.getRuntime().availableProcessors());
            System.out.println(answerSamples.summary("family answers (POST /answer)", elapsed));
            System.out.println(startSamples.summary("family starts (GET /, POST, GET)", elapsed));
            System.out.println(handoutSamples.summary("staff handouts (GET handout.pdf)", elapsed));

            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            long expected = sent.values().stream().mapToLong(Map::size).sum();
            long found = 0;
            long mismatched = 0;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("otm.db"))) {
                Map<String, String> byHash = new HashMap<>();
                sent.keySet().forEach(token -> byHash.put(Tokens.hash(token), token));
                ResultSet rs = c.createStatement().executeQuery("SELECT c.token_hash, a.question_id, a.answer FROM answers a"
                        + " JOIN checklists c ON c.id = a.checklist_id");
                while (rs.next()) {
                    found++;
                    String token = byHash.get(rs.getString(1));
                    if (token == null || !rs.getString(3).equals(sent.get(token).get(rs.getString(2)))) {
                        mismatched++;
                    }
                }
            }
            System.out.printf("database check: %d answers sent and confirmed, %d in the database, %d differ: %s%n",
                    expected, found, mismatched, expected == found && mismatched == 0 ? "nothing lost" : "MISMATCH");
        } finally {
            server.destroyForcibly();
        }
    }
}
