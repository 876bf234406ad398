/** Chongqing's policy editions: every number the rules use, dated and cited. Not exported. */
@NullMarked
package io.github.cqui.core.edition;

import org.jspecify.annotations.NullMarked;
