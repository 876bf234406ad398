/**
 * Chongqing's internal-control readings (渝人社办〔2025〕112号 四): which pairs of posts one person may not
 * hold (I-21). Not exported.
 */
@NullMarked
package io.github.cqui.core.control;

import org.jspecify.annotations.NullMarked;
