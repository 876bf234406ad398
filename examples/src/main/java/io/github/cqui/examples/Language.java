package io.github.cqui.examples;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The language of a case report: Chinese, English, or both (the default). */
enum Language {
  /** Simplified Chinese. */
  ZH,
  /** English. */
  EN,
  /** English, then Chinese. */
  BOTH;

  /**
   * The language named on the command line.
   *
   * @param name {@code zh}, {@code en} or {@code both}
   * @return the language; empty for any other name
   */
  static Optional<Language> of(String name) {
    return switch (name) {
      case "zh" -> Optional.of(ZH);
      case "en" -> Optional.of(EN);
      case "both" -> Optional.of(BOTH);
      default -> Optional.empty();
    };
  }

  /** A text in this language: {@code en / zh} for both. */
  String text(String en, String zh) {
    return switch (this) {
      case ZH -> zh;
      case EN -> en;
      case BOTH -> en + " / " + zh;
    };
  }

  /** The locales to render explanations in, English first. */
  List<Locale> locales() {
    return switch (this) {
      case ZH -> List.of(Locale.SIMPLIFIED_CHINESE);
      case EN -> List.of(Locale.ENGLISH);
      case BOTH -> List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    };
  }
}
