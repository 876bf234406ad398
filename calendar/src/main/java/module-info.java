/**
 * The Chongqing working-day calendar: working days and statutory periods as the State Council
 * holiday notices say and Chongqing follows. Knows nothing of insurance.
 */
module io.github.cqui.calendar {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.cqui;
  exports io.github.cqui.calendar;
}
