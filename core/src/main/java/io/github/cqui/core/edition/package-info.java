/**
 * Chongqing's data: the policy editions and the duration tables, every number the rules use, dated
 * and cited. Not exported.
 */
@NullMarked
package io.github.cqui.core.edition;

import org.jspecify.annotations.NullMarked;
