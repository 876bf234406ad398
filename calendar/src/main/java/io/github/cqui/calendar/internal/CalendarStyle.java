package io.github.cqui.calendar.internal;

import io.github.cqui.calendar.CalendarDataException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The {@link Value.Style} of the calendar's value types.
 *
 * <ul>
 *   <li>The abstract type is the API, named plainly ({@code DayInfo}); its generated implementation
 *       {@code Immutable…} lives in this package, which the module does not export, and every
 *       construction method returns the abstract type.
 *   <li>No {@code with…} or {@code copyOf}: values the calendar answers with are built by the
 *       calendar; the data a user supplies (a schedule, a notice year, a notice) is built through
 *       its type's public builder or factory.
 *   <li>A missing attribute or a {@code null} is refused with {@link CalendarDataException} naming
 *       the attribute ({@link NullCalendarValueException}).
 *   <li>Guava immutable collections; no nulls.
 * </ul>
 *
 * <p>Internal to cqui: this package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    packageGenerated = "io.github.cqui.calendar.internal",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    optionalAcceptNullable = false,
    throwForInvalidImmutableState = CalendarDataException.class,
    throwForNullPointer = NullCalendarValueException.class,
    allowedClasspathAnnotations = {Override.class})
public @interface CalendarStyle {}
