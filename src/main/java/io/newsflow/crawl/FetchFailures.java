package io.newsflow.crawl;

import io.newsflow.crawl.FetchOutcome.Failed;
import io.newsflow.crawl.FetchOutcome.RefusedAddress;
import io.newsflow.crawl.FetchOutcome.Timeout;
import io.newsflow.crawl.FetchOutcome.TooLarge;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.jspecify.annotations.Nullable;

/**
 * Maps the exceptions of a failed fetch to outcomes: size limits, refused addresses, deadlines and
 * timeouts first, then connection failures (retryable), TLS and everything else (not). Stateless.
 */
final class FetchFailures {

  private FetchFailures() {}

  /**
   * The outcome of a fetch that ended in an exception.
   *
   * @param at where in the redirect chain it happened, as a prefix for the reason
   * @param expired whether the whole-fetch deadline had passed
   */
  static FetchOutcome classify(
      URI requested, String at, IOException e, boolean expired, Duration fetchTimeout) {
    FetchOutcome outcome;
    if (find(e, BodyReader.LimitExceeded.class) instanceof BodyReader.LimitExceeded limit) {
      outcome = new TooLarge(requested, limit.limit);
    } else if (find(e, AddressGuard.RefusedAddressException.class) != null) {
      outcome = new RefusedAddress(requested, at + e.getMessage());
    } else if (expired || find(e, BodyReader.DeadlineExceeded.class) != null) {
      outcome = new Timeout(requested, at + "no complete response within " + fetchTimeout);
    } else if (e instanceof ConnectTimeoutException) {
      outcome = new Timeout(requested, at + "connect timed out: " + e.getMessage());
    } else if (e instanceof SocketTimeoutException) {
      outcome = new Timeout(requested, at + "read timed out: " + e.getMessage());
    } else if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
      outcome = new Failed(requested, at + "interrupted", true);
    } else if (e instanceof InterruptedIOException) {
      outcome = new Timeout(requested, at + e.getMessage());
    } else if (e instanceof UnknownHostException) {
      outcome = new Failed(requested, at + "unknown host: " + e.getMessage());
    } else if (e instanceof ConnectException
        || e instanceof NoHttpResponseException
        || e instanceof ConnectionClosedException
        || e instanceof SocketException) {
      outcome = new Failed(requested, at + "connection failed: " + e, true);
    } else if (e instanceof SSLException) {
      outcome = new Failed(requested, at + "TLS failed: " + e);
    } else {
      outcome = new Failed(requested, at + e);
    }
    return outcome;
  }

  private static @Nullable Throwable find(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }
}
