package io.github.cqui.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The {@link Value.Style} of the value types of rules-api.
 *
 * <ul>
 *   <li>The abstract type is the API, named plainly ({@code ReviewDeadline}); its generated
 *       implementation {@code Immutable…} is placed in the {@code internal} subpackage of the
 *       type's package, which the module does not export (only to {@code io.github.cqui.core},
 *       which builds the results), and every construction method returns the abstract type.
 *   <li>No {@code with…} or {@code copyOf}: a result is built only by the rules, and a request is
 *       built through its own public builder or factory.
 *   <li>A missing attribute or a {@code null} is refused with an {@link
 *       io.github.cqui.rules.InvalidInputException} naming the attribute ({@link
 *       IncompleteValueException}, {@link NullValueException}).
 *   <li>Unmodifiable collections, built with the JDK's collections so that a {@code null} element
 *       or map value is refused by {@link NullValueException} naming the list or map; no nulls.
 * </ul>
 *
 * <p>Internal to cqui: this package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    packageGenerated = "*.internal",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    optionalAcceptNullable = false,
    throwForInvalidImmutableState = IncompleteValueException.class,
    throwForNullPointer = NullValueException.class,
    // the JDK's collections in the generated builders, so that a null element or map value given
    // to a builder is refused by NullValueException naming the list (Guava's builders throw a bare
    // NullPointerException); what the value types expose is unmodifiable either way
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
public @interface RulesStyle {}
