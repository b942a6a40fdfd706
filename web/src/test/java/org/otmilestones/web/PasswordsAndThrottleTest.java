package org.otmilestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The staff password's hash and the slowing down of wrong guesses. */
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
    void eachWrongPasswordAfterTheFreeOnesDoublesTheWaitAndARightOneClearsIt() {
        TestClock clock = new TestClock(TestServer.NOW);
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("10.0.0.1");
            assertThat(throttle.waitFor("10.0.0.1")).isZero();
        }
        throttle.failed("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(5));
        assertThat(throttle.waitFor("10.0.0.2")).as("another address is not slowed").isZero();
        clock.advance(Duration.ofSeconds(5));
        throttle.failed("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            throttle.failed("10.0.0.1");
        }
        assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(LoginThrottle.LONGEST_WAIT);
        throttle.succeeded("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).isZero();
    }
}
