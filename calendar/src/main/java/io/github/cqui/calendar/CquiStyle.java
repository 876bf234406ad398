package io.github.cqui.calendar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one {@link Value.Style} shared by the value types of every cqui module: abstract types named
 * plainly ({@code Festival}), generated implementations named {@code Immutable…}, Guava immutable
 * collections, no nulls (a {@code null} attribute is refused by {@link CalendarArgumentException}
 * naming it). It lives in the lowest module so every module can use it; it is not meant for use
 * outside cqui.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    throwForNullPointer = CalendarArgumentException.class,
    allowedClasspathAnnotations = {Override.class})
public @interface CquiStyle {}
