package io.specgraph.engine.report;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Where a node's page goes: {@code nodes/REPO/ID.html}, with unsafe characters replaced and a hash to keep it unique. */
final class Paths {

    private Paths() {
    }

    static String nodePage(String key) {
        int slash = key.indexOf('/');
        String repo = key.substring(0, slash);
        String id = key.substring(slash + 1);
        return "nodes/" + safe(repo) + "/" + safe(id) + ".html";
    }

    static String safe(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.startsWith(".")) {
            cleaned = "_" + cleaned.substring(1);
        }
        if (cleaned.equals(s) && !cleaned.isEmpty()) {
            return cleaned;
        }
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return (cleaned.isEmpty() ? "_" : cleaned) + "-" + Long.toHexString(crc.getValue());
    }
}
