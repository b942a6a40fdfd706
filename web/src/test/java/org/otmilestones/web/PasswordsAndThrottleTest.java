package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The staff password's hash and the slowing down of wrong guesses, alone and under a flood. */
class PasswordsAndThrottleTest {

    @Test
    void aHashMatchesOnlyItsPasswordAndIsSaltedAndSlow() {
        String hash = Passwords.hash("blue tablet 2026".toCharArray(), 1000);
        assertThat(hash).startsWith("pbkdf2-sha256$1000$");
        assertThat(Passwords.matches("blue tablet 2026".toCharArray(), hash)).isTrue();
        assertThat(Passwords.matches("blue tablet 2027".toCharArray(), hash)).isFalse();
        assertThat(Passwords.hash("blue tablet 2026".toCharArray(), 1000)).isNotEqualTo(hash);
        assertThat(Passwords.matches("x".toCharArray(), "plain-text")).isFalse();
        assertThat(Passwords.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThat(Passwords.problem("123456789".toCharArray())).contains("at least 10");
        assertThat(Passwords.problem("1234567890".toCharArray())).isNull();
    }

    @Test
    void afterTheFreeTriesEachTryDoublesTheWaitUpToTheLongest() {
        TestClock clock = new TestClock(TestServer.NOW);
        LoginThrottle throttle = new LoginThrottle(clock);
        Optional<String> device = Optional.of("device-1");
        for (int i = 1; i < LoginThrottle.FREE_TRIES; i++) {
            LoginThrottle.Decision d = throttle.begin("10.0.0.1", device);
            assertThat(d.allowed()).isTrue();
            assertThat(throttle.waitAfter(d.attempt().orElseThrow())).isZero();
        }
        LoginThrottle.Decision last = throttle.begin("10.0.0.1", device);
        assertThat(throttle.waitAfter(last.attempt().orElseThrow())).isEqualTo(Duration.ofSeconds(5));
        assertThat(throttle.begin("10.0.0.1", device).allowed()).as("refused while it waits").isFalse();
        assertThat(throttle.begin("10.0.0.1", Optional.of("device-2")).allowed()).as("another browser").isTrue();
        clock.advance(Duration.ofSeconds(5));
        LoginThrottle.Decision next = throttle.begin("10.0.0.1", device);
        assertThat(throttle.waitAfter(next.attempt().orElseThrow())).isEqualTo(Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            clock.advance(LoginThrottle.LONGEST_WAIT);
            throttle.begin("10.0.0.1", device);
        }
        assertThat(throttle.begin("10.0.0.1", device).waitLeft()).isEqualTo(LoginThrottle.LONGEST_WAIT);
        clock.advance(LoginThrottle.LONGEST_WAIT);
        LoginThrottle.Decision right = throttle.begin("10.0.0.1", device);
        throttle.succeeded(right.attempt().orElseThrow());
        assertThat(throttle.begin("10.0.0.1", device).allowed()).as("a right password clears the device's count").isTrue();
    }

    @Test
    void browsersWithoutADeviceCookieAreCountedByAddressAndAllTogetherAgainstTheAccount() {
        TestClock clock = new TestClock(TestServer.NOW);
        LoginThrottle throttle = new LoginThrottle(clock);
        int allowed = 0;
        // Each address sends its free tries; after ACCOUNT_FREE_TRIES in all, every address must wait.
        for (int address = 1; address <= 10; address++) {
            for (int i = 0; i < LoginThrottle.FREE_TRIES; i++) {
                if (throttle.begin("10.0.0." + address, Optional.empty()).allowed()) {
                    allowed++;
                }
            }
        }
        assertThat(allowed).isEqualTo(LoginThrottle.ACCOUNT_FREE_TRIES);
        assertThat(throttle.begin("10.0.0.99", Optional.empty()).allowed()).as("a new address, after the account's tries")
                .isFalse();
        assertThat(throttle.begin("10.0.0.99", Optional.of("staff-browser")).allowed())
                .as("a browser with a device cookie is not held up").isTrue();
        clock.advance(LoginThrottle.MEMORY.plusSeconds(1));
        assertThat(throttle.begin("10.0.0.99", Optional.empty()).allowed()).as("forgotten an hour later").isTrue();
    }

    @Test
    void fortyWrongPasswordsSentAtOnceAreCheckedOnlyThreeTimesAndDoNotLockOutStaffWhoSignedInBefore() throws Exception {
        try (TestServer server = TestServer.start()) {
            // The staff browser signed in once before: it has its device cookie.
            WebClient staff = server.client();
            staff.login(TestServer.PASSWORD);
            assertThat(staff.cookie(SignInPages.DEVICE_COOKIE)).isPresent();

            int flood = 40;
            List<WebClient> guessers = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < flood; i++) {
                WebClient guesser = server.client();
                tokens.add(WebClient.csrf(guesser.get("/staff/login").body()));
                guessers.add(guesser);
            }
            ExecutorService pool = Executors.newFixedThreadPool(flood);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            try {
                for (int i = 0; i < flood; i++) {
                    WebClient guesser = guessers.get(i);
                    String token = tokens.get(i);
                    statuses.add(pool.submit(() -> {
                        go.await(30, TimeUnit.SECONDS);
                        return guesser.post("/staff/login", Map.of("csrf", token, "password", "wrong guess")).statusCode();
                    }));
                }
                go.countDown();
                int checked = 0;
                int refused = 0;
                for (Future<Integer> status : statuses) {
                    int s = status.get(60, TimeUnit.SECONDS);
                    if (s == 401) {
                        checked++;
                    } else if (s == 429) {
                        refused++;
                    }
                }
                assertThat(checked).as("wrong passwords checked").isEqualTo(LoginThrottle.FREE_TRIES);
                assertThat(refused).as("refused unchecked").isEqualTo(flood - LoginThrottle.FREE_TRIES);
            } finally {
                pool.shutdownNow();
            }

            // A newcomer at the same address waits...
            WebClient newcomer = server.client();
            String token = WebClient.csrf(newcomer.get("/staff/login").body());
            assertThat(newcomer.post("/staff/login", Map.of("csrf", token, "password", TestServer.PASSWORD)).statusCode())
                    .isEqualTo(429);
            // ...but the staff browser that signed in before goes straight in, from the same address.
            String device = staff.cookie(SignInPages.DEVICE_COOKIE).orElseThrow();
            token = WebClient.csrf(staff.get("/staff/login").body());
            HttpResponse<String> signedIn = staff.post("/staff/login", Map.of("csrf", token, "password",
                    TestServer.PASSWORD));
            assertThat(signedIn.statusCode()).as("the staff browser, with device cookie " + device.substring(0, 6) + "...")
                    .isEqualTo(303);
        }
    }

    @Test
    void aForgedDeviceCookieCountsForNothing() {
        Tokens tokens = new Tokens(new byte[32]);
        String real = tokens.deviceCookie();
        assertThat(tokens.deviceId(real)).isPresent();
        assertThat(tokens.deviceId(real.substring(0, 44) + "A".repeat(43))).isEmpty();
        assertThat(new Tokens(new byte[] {1, 2, 3}).deviceId(real)).as("another server's cookie").isEmpty();
        assertThat(tokens.deviceId(null)).isEmpty();
    }
}
