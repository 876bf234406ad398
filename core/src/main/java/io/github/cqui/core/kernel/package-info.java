/**
 * Shared machinery of the Chongqing rules: explanation steps for the calendar's days, the switch
 * record, the rule context of a coverage error. Not exported.
 */
@NullMarked
package io.github.cqui.core.kernel;

import org.jspecify.annotations.NullMarked;
