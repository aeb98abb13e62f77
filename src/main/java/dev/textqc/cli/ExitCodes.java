package dev.textqc.cli;

/** Exit codes, as Vale and textlint use them. */
final class ExitCodes {
  static final int CLEAN = 0;
  static final int FINDINGS = 1;
  static final int ERROR = 2;

  private ExitCodes() {}
}
