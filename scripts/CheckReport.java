// Opens a report.html in headless Chromium over the DevTools protocol and fails on any console error,
// uncaught exception or request that leaves the file; saves a full-page screenshot.
// Run by scripts/check-report (java -cp cli/target/unireg.jar scripts/CheckReport.java …): the JDK's
// own WebSocket client and the jar's Jackson, so nothing is downloaded.
//
// Why the DevTools protocol and not `--enable-logging=stderr` parsing: the protocol reports every
// request the page makes (Network.requestWillBeSent, including ones that fail or are blocked) and every
// console message as structured events tied to the page, while the log's format changes between
// Chromium versions and mixes in the browser's own noise.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

public final class CheckReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private WebSocket socket;

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: check-report REPORT.html [SCREENSHOT.png] [CHROMIUM]");
            System.exit(2);
        }
        Path report = Path.of(args[0]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(report)) {
            System.err.println("check-report: " + report + ": no such file");
            System.exit(2);
        }
        Path png = args.length > 1 ? Path.of(args[1]) : Path.of(report.toString().replaceAll("\\.html?$", "") + ".png");
        String chromium = args.length > 2 ? args[2] : "/usr/bin/chromium";
        System.exit(new CheckReport().check(report, png, chromium));
    }

    private int check(Path report, Path png, String chromium) throws Exception {
        Path profile = Files.createTempDirectory("check-report-profile-");
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            return inspect(report, png, devToolsUrl(profile, browser, log));
        } finally {
            if (socket != null) {
                socket.abort();
            }
            // Chromium's helper processes outlive the browser process for a moment and keep writing into
            // the profile, so stop them too before the profile goes.
            List<ProcessHandle> helpers = browser.descendants().toList();
            browser.destroy();
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly().waitFor();
            }
            for (ProcessHandle helper : helpers) {
                helper.destroy();
                try {
                    helper.onExit().get(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    helper.destroyForcibly();
                }
            }
            removeScratch(profile, log);
        }
    }

    /** Chromium writes the port it chose and the browser target's path to DevToolsActivePort. */
    private static String devToolsUrl(Path profile, Process browser, Path log) throws Exception {
        Path active = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!browser.isAlive()) {
                throw new IllegalStateException("chromium exited with " + browser.exitValue() + ": " + Files.readString(log).strip());
            }
            if (Files.exists(active)) {
                List<String> lines = Files.readAllLines(active);
                if (lines.size() >= 2) {
                    return "ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip();
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromium did not open its DevTools port within " + TIMEOUT.toSeconds() + " s");
    }

    private int inspect(Path report, Path png, String url) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String target = call(null, "Target.createTarget", obj("url", "about:blank")).path("targetId").asText();
        String session = call(null, "Target.attachToTarget", obj("targetId", target).put("flatten", true)).path("sessionId").asText();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            call(session, domain + ".enable", obj());
        }
        // The report must not need a script: run it with scripts switched off.
        call(session, "Emulation.setScriptExecutionDisabled", obj().put("value", true));
        call(session, "Emulation.setDeviceMetricsOverride", obj().put("width", 1100).put("height", 900)
                .put("deviceScaleFactor", 1).put("mobile", false));
        String fileUrl = report.toUri().toString();
        JsonNode nav = call(session, "Page.navigate", obj("url", fileUrl));
        if (nav.hasNonNull("errorText")) {
            System.err.println("check-report: cannot open " + fileUrl + ": " + nav.path("errorText").asText());
            return 1;
        }
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Thread.sleep(500); // late console messages and requests
        JsonNode title = call(session, "Runtime.evaluate", obj("expression", "document.title + '|' + document.querySelectorAll('svg').length"))
                .path("result").path("value");
        JsonNode metrics = call(session, "Page.getLayoutMetrics", obj());
        int height = (int) Math.ceil(metrics.path("cssContentSize").path("height").asDouble(900));
        call(session, "Emulation.setDeviceMetricsOverride", obj().put("width", 1100).put("height", Math.min(height, 16000))
                .put("deviceScaleFactor", 1).put("mobile", false));
        String data = call(session, "Page.captureScreenshot", obj("format", "png").put("captureBeyondViewport", true))
                .path("data").asText();
        Files.write(png, Base64.getDecoder().decode(data));

        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (JsonNode e : events) {
            JsonNode p = e.path("params");
            switch (e.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    requests++;
                    String u = p.path("request").path("url").asText();
                    if (!u.equals(fileUrl) && !u.startsWith("data:") && !u.equals("about:blank")) {
                        problems.add("request leaving the file: " + u);
                    }
                }
                case "Network.loadingFailed" -> problems.add("a request failed: " + p.path("errorText").asText());
                case "Runtime.exceptionThrown" -> problems.add("exception: " + p.path("exceptionDetails").path("text").asText());
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        problems.add("console " + type + ": " + p.path("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    JsonNode entry = p.path("entry");
                    if (entry.path("level").asText().equals("error")) {
                        problems.add("console error: " + entry.path("text").asText() + " " + entry.path("url").asText());
                    }
                }
                default -> {
                }
            }
        }
        call(null, "Browser.close", obj());
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("check-report: " + report + ": " + p));
            return 1;
        }
        System.err.println("check-report: ok — " + report + " (title and charts: " + title.asText() + "): no console errors, "
                + requests + " request(s), all to the file itself; screenshot " + png + " (1100×" + height + ")");
        return 0;
    }

    private JsonNode call(String session, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = obj().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.path("error"));
        }
        return answer.path("result");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(buffer.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(message.path("id").asInt());
                        if (f != null) {
                            f.complete(message);
                        }
                    } else {
                        events.add(message);
                        if (message.path("method").asText().equals("Page.loadEventFired")) {
                            loaded.complete(null);
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable DevTools message", e);
                }
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    private static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    private static ObjectNode obj(String key, String value) {
        return obj().put(key, value);
    }

    /** The temporary profile and log; a leftover in the temp folder is worth a warning, not a failed check. */
    private static void removeScratch(Path profile, Path log) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteTree(profile);
                Files.deleteIfExists(log);
                return;
            } catch (IOException e) {
                if (attempt == 5) {
                    System.err.println("check-report: warning: could not remove " + profile + ": " + e);
                    return;
                }
                Thread.sleep(200L * attempt);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
