package io.github.cqui.rules;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of the explanation steps, read once from the two UTF-8 properties files beside {@link
 * StepCode}. They are read with {@link Class#getResourceAsStream(String)} rather than {@code
 * ResourceBundle.getBundle}, so the result does not depend on the JVM's default locale and works on
 * the module path. Immutable and thread-safe after class initialization.
 */
final class ExplanationTexts {

  static final String ENGLISH_RESOURCE = "explanations.properties";
  static final String CHINESE_RESOURCE = "explanations_zh_CN.properties";

  private ExplanationTexts() {}

  /** Loaded on first use (the holder idiom), so a JVM that never renders never reads them. */
  private static final class Holder {
    static final ImmutableMap<String, String> ENGLISH = load(ENGLISH_RESOURCE);
    static final ImmutableMap<String, String> CHINESE = load(CHINESE_RESOURCE);
  }

  static ImmutableMap<String, String> load(String resource) {
    try (InputStream in = ExplanationTexts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside StepCode");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
      for (String key : properties.stringPropertyNames()) {
        texts.put(key, properties.getProperty(key));
      }
      return texts.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The step's text in the language of the locale, placeholders filled: Simplified Chinese for any
   * locale whose language is {@code zh}, English otherwise.
   */
  static String render(StepCode code, Map<String, String> values, Locale locale) {
    Map<String, String> texts = "zh".equals(locale.getLanguage()) ? Holder.CHINESE : Holder.ENGLISH;
    String template = texts.get(code.key());
    if (template == null) {
      template = Holder.ENGLISH.get(code.key());
    }
    if (template == null) {
      return code.key() + " " + values;
    }
    return fill(template, values);
  }

  /**
   * Replaces each {@code {name}} whose name is a key of {@code values}; leaves others as written.
   */
  static String fill(String template, Map<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      String value = close > 0 ? values.get(template.substring(i + 1, close)) : null;
      if (value != null) {
        out.append(value);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
