package io.github.cqui.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The {@link Value.Style} of the value types of rules-api: abstract types named plainly ({@code
 * ReviewDeadline}), generated implementations named {@code Immutable…}, Guava immutable
 * collections, no nulls. Internal to cqui: this package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
public @interface RulesStyle {}
