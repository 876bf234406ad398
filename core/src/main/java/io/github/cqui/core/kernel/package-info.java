/**
 * Shared machinery of the Chongqing rules: explanation steps for the calendar's days, the switch
 * record, the rule context of a coverage error, the 民法典 clauses of period computation, and the
 * check of a result passed back into a rule ({@link io.github.cqui.core.kernel.PassedBack}). Not
 * exported.
 */
@NullMarked
package io.github.cqui.core.kernel;

import org.jspecify.annotations.NullMarked;
