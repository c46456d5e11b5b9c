package vn.laocai.gate.stack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted per user name and per client address: after {@code perUser} failures for one
 * name, or {@code perAddress} from one address, within the lock time, further attempts are refused for the
 * lock time, right password or not. A success clears the count of its user name only (an address's count
 * runs on, so that signing in to one's own account does not reset a guesser's budget).
 */
final class LoginThrottle {

    static final int FAILURES_PER_USER = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration LOCK = Duration.ofMinutes(5);
    /** Counts kept at most; older ones are dropped first, so a flood of names cannot fill the memory. */
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int perUser;
    private final int perAddress;
    private final Duration lock;
    private final Map<String, Failures> failures = new HashMap<>();

    private static final class Failures {
        int count;
        Instant first;
        Instant lockedUntil;
    }

    LoginThrottle(Clock clock, int perUser, int perAddress, Duration lock) {
        this.clock = clock;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.lock = lock;
    }

    static LoginThrottle standard() {
        return new LoginThrottle(Clock.systemUTC(), FAILURES_PER_USER, FAILURES_PER_ADDRESS, LOCK);
    }

    /** How long the user name or the address is still locked, if it is. */
    synchronized Optional<Duration> locked(String username, String address) {
        Instant now = clock.instant();
        Duration left = Duration.ZERO;
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            Failures f = failures.get(key);
            if (f != null && f.lockedUntil != null && now.isBefore(f.lockedUntil)) {
                Duration rest = Duration.between(now, f.lockedUntil);
                left = rest.compareTo(left) > 0 ? rest : left;
            }
        }
        return left.isZero() ? Optional.empty() : Optional.of(left);
    }

    synchronized void failed(String username, String address) {
        count(userKey(username), perUser);
        count(addressKey(address), perAddress);
    }

    synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void count(String key, int limit) {
        Instant now = clock.instant();
        Failures f = failures.get(key);
        if (f == null || f.first.plus(lock).isBefore(now) && (f.lockedUntil == null || !now.isBefore(f.lockedUntil))) {
            if (f == null && failures.size() >= MAX_KEYS) {
                failures.keySet().remove(failures.keySet().iterator().next());
            }
            f = new Failures();
            f.first = now;
            failures.put(key, f);
        }
        f.count++;
        if (f.count >= limit) {
            f.lockedUntil = now.plus(lock);
            f.count = 0;
            f.first = f.lockedUntil;
        }
    }

    private static String userKey(String username) {
        return "user:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
