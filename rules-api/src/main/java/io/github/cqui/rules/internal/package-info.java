/** Internal to cqui: argument checks and the style of the value types. Not exported. */
@NullMarked
package io.github.cqui.rules.internal;

import org.jspecify.annotations.NullMarked;
