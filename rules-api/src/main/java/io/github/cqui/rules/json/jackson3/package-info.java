/**
 * Jackson 3 ({@code tools.jackson.databind} 3.1): {@link
 * io.github.cqui.rules.json.jackson3.CquiJackson3Module}, the module that reads and writes every
 * value type and enum of the rules API. Needs Jackson 3's {@code jackson-databind} on the class
 * path, an optional dependency of cqui; found by {@code ServiceLoader} through {@code
 * META-INF/services/tools.jackson.databind.JacksonModule}.
 */
@NullMarked
package io.github.cqui.rules.json.jackson3;

import org.jspecify.annotations.NullMarked;
