/**
 * Runnable examples of cqui: the main job {@link io.github.cqui.examples.CaseReport}, which answers
 * questions on the command line in Chinese and English. Built and tested, never deployed.
 */
@NullMarked
package io.github.cqui.examples;

import org.jspecify.annotations.NullMarked;
