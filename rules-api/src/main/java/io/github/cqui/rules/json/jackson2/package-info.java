/**
 * Jackson 2 ({@code com.fasterxml.jackson.databind} 2.21): {@link
 * io.github.cqui.rules.json.jackson2.CquiJackson2Module}, the module that reads and writes every
 * value type and enum of the rules API. Needs Jackson 2's {@code jackson-databind} on the class
 * path, an optional dependency of cqui; found by {@code ServiceLoader} through {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module}.
 */
@NullMarked
package io.github.cqui.rules.json.jackson2;

import org.jspecify.annotations.NullMarked;
