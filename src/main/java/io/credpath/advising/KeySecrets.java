package io.credpath.advising;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/** Makes key ids and secrets ({@code cp_<id>.<32 random bytes, base64url>}) and hashes secrets with SHA-256. */
final class KeySecrets {
  private final Random random;

  KeySecrets(Random random) {
    this.random = random;
  }

  /** A new visible key id. */
  String newId() {
    byte[] b = new byte[6];
    random.nextBytes(b);
    return "k" + HexFormat.of().formatHex(b);
  }

  /** A new secret that carries {@code id} as its visible prefix. */
  String newSecret(String id) {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return "cp_" + id + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The lowercase hex SHA-256 of a secret. */
  static String hash(String secret) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
