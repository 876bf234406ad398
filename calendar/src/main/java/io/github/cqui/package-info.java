/**
 * The root of cqui's exceptions, {@link io.github.cqui.CquiException}: catch it to handle any
 * refusal of the library.
 */
@NullMarked
package io.github.cqui;

import org.jspecify.annotations.NullMarked;
