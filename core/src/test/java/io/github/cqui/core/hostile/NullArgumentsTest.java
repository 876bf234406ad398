package io.github.cqui.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.github.cqui.CquiException;
import io.github.cqui.calendar.HolidaySchedule;
import io.github.cqui.calendar.LocalRestDay;
import io.github.cqui.calendar.WorkingDayCalendar;
import io.github.cqui.core.Chongqing;
import io.github.cqui.rules.Citation;
import io.github.cqui.rules.Explanation;
import io.github.cqui.rules.ExplanationStep;
import io.github.cqui.rules.LegalDocument;
import io.github.cqui.rules.Money;
import io.github.cqui.rules.StepCode;
import io.github.cqui.rules.benefit.ClaimHistory;
import io.github.cqui.rules.benefit.EntitlementRequest;
import io.github.cqui.rules.control.ContributionRecord;
import io.github.cqui.rules.control.StaffRoster;
import io.github.cqui.rules.deadline.ReviewDeadline;
import io.github.cqui.rules.deadline.ReviewRequest;
import io.github.cqui.rules.deadline.StopEventReport;
import io.github.cqui.rules.deadline.StopEventType;
import io.github.cqui.rules.edition.ParameterKey;
import io.github.cqui.rules.edition.PolicyEditions;
import io.github.cqui.rules.notice.PublicNoticePeriod;
import io.github.cqui.rules.premium.ReimbursementRequest;
import io.github.cqui.rules.recovery.EnforcementRequest;
import io.github.cqui.rules.recovery.EnforcementTimeline;
import io.github.cqui.rules.recovery.OverpaymentDebt;
import io.github.cqui.rules.recovery.RecoveryPlan;
import io.github.cqui.rules.recovery.RecoverySchedule;
import io.github.cqui.rules.recovery.RepaymentHistory;
import io.github.cqui.rules.ruleset.CquiRules;
import io.github.cqui.rules.ruleset.InterpretationSwitches;
import io.github.cqui.rules.testing.ControlGens;
import io.github.cqui.rules.testing.Gen;
import io.github.cqui.rules.testing.LedgerGens;
import io.github.cqui.rules.testing.PremiumGens;
import io.github.cqui.rules.testing.Property;
import io.github.cqui.rules.testing.RecoveryGens;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the exported packages of calendar, rules-api and core
 * refuses a {@code null} argument with the library's own exception ({@link CquiException}) whose
 * message names the parameter (issue 12: about twenty threw a {@link NullPointerException} naming
 * nothing). Found by reflection, so a new method is checked without a new test: each is called with
 * one {@code null} at a time, the other arguments valid samples.
 *
 * <p>Not called: what the Java language or a JDK contract defines ({@code equals}, {@code
 * compareTo}, an enum's {@code valueOf}), a parameter marked {@code @Nullable}, the generated
 * builders (their setters refuse a {@code null} through the style, tested in {@link
 * Issue12DefectsTest}), and the abstract method of a functional interface that the caller
 * implements; the constructors of exception types (a {@code null} cause is the JDK's convention);
 * the JSON modules belong to the JSON suites. The testing package is left out: it is the tester's
 * toolkit, whose documented argument errors are {@code IllegalArgumentException} and a {@code
 * NullPointerException} naming the argument, in the manner of Strata, and whose laws throw {@code
 * AssertionError}.
 */
class NullArgumentsTest {

  /** The exported packages: module-info of calendar; rules-api and core without internals. */
  private static final List<String> PACKAGES =
      List.of(
          "io.github.cqui",
          "io.github.cqui.calendar",
          "io.github.cqui.rules",
          "io.github.cqui.rules.benefit",
          "io.github.cqui.rules.control",
          "io.github.cqui.rules.deadline",
          "io.github.cqui.rules.edition",
          "io.github.cqui.rules.notice",
          "io.github.cqui.rules.premium",
          "io.github.cqui.rules.recovery",
          "io.github.cqui.rules.ruleset",
          "io.github.cqui.core");

  private static final Chongqing RULES = Chongqing.rules();
  private static final LocalDate DAY = LocalDate.of(2025, 9, 25);

  /** A valid sample of each parameter type, built lazily. */
  private static final Map<Class<?>, Supplier<Object>> SAMPLES = new LinkedHashMap<>();

  static {
    sample(LocalDate.class, () -> DAY);
    sample(YearMonth.class, () -> YearMonth.of(2025, 9));
    sample(LocalTime.class, () -> LocalTime.of(10, 0));
    sample(Period.class, () -> Period.ofDays(14));
    sample(String.class, () -> "x");
    sample(Object.class, () -> "x");
    sample(Money.class, () -> Money.ofYuan("100.00"));
    sample(BigDecimal.class, () -> BigDecimal.ONE);
    sample(Locale.class, () -> Locale.ENGLISH);
    sample(Path.class, () -> Path.of("no-such-schedule.json"));
    sample(InputStream.class, () -> new ByteArrayInputStream(new byte[0]));
    sample(ClassLoader.class, () -> NullArgumentsTest.class.getClassLoader());
    sample(List.class, List::of);
    sample(Collection.class, List::of);
    sample(Iterable.class, List::of);
    sample(Set.class, Set::of);
    sample(SortedSet.class, TreeSet::new);
    sample(Map.class, Map::of);
    sample(Optional.class, Optional::empty);
    sample(Consumer.class, () -> (Consumer<Object>) x -> {});
    sample(Function.class, () -> (Function<Object, Object>) x -> Gen.constant(x));
    sample(BiFunction.class, () -> (BiFunction<Object, Object, Object>) (x, y) -> x);
    sample(
        Gen.Function3.class, () -> (Gen.Function3<Object, Object, Object, Object>) (x, y, z) -> x);
    sample(Comparator.class, Comparator::naturalOrder);
    sample(RuntimeException.class, () -> new IllegalStateException("x"));
    sample(Gen.class, () -> Gen.constant(1));
    sample(Gen.Weighted[].class, () -> new Gen.Weighted<?>[] {Gen.weighted(1, Gen.constant(1))});
    sample(Gen[].class, () -> new Gen<?>[] {Gen.constant(1)});
    sample(Property.class, () -> Property.forAll("x", Gen.constant(1)));
    sample(WorkingDayCalendar.class, RULES::calendar);
    sample(HolidaySchedule.class, () -> RULES.calendar().schedule());
    sample(LocalRestDay.class, () -> LocalRestDay.of(DAY, "x", "y"));
    sample(LocalRestDay[].class, () -> new LocalRestDay[0]);
    sample(Path[].class, () -> new Path[0]);
    sample(
        io.github.cqui.calendar.PeriodEnd.class, () -> RULES.calendar().workingDaysAfter(DAY, 7));
    sample(io.github.cqui.calendar.HolidayNotice.class, () -> RULES.calendar().latestNotice());
    sample(CquiRules.class, () -> RULES);
    sample(PolicyEditions.class, Chongqing::bundledEditions);
    sample(
        io.github.cqui.rules.edition.PolicyEdition.class,
        () -> Chongqing.bundledEditions().editionOn(DAY));
    sample(ParameterKey.class, () -> ParameterKey.REVIEW_WORKING_DAYS);
    sample(InterpretationSwitches.class, InterpretationSwitches::defaults);
    sample(Citation.class, () -> LegalDocument.CHONGQING_NOTICE_2025_112.cite("一(二)"));
    sample(Explanation.class, Explanation::empty);
    sample(
        ExplanationStep.class,
        () -> RULES.deadlines().reviewDeadline(ReviewRequest.of(DAY)).explanation().steps().get(0));
    sample(Explanation.Builder.class, Explanation::builder);
    sample(ReviewRequest.class, () -> ReviewRequest.of(DAY));
    sample(ReviewDeadline.class, () -> RULES.deadlines().reviewDeadline(ReviewRequest.of(DAY)));
    sample(StopEventReport.class, () -> StopEventReport.of(DAY, StopEventType.RE_EMPLOYMENT));
    sample(EntitlementRequest.class, () -> EntitlementRequest.of(DAY, 50));
    sample(ClaimHistory.class, () -> LedgerGens.claimHistories().samples(1, 1).get(0));
    sample(
        ContributionRecord.class,
        () -> ControlGens.contributionCases().samples(1, 1).get(0).record());
    sample(
        io.github.cqui.rules.control.ConcurrentBenefitsRequest.class,
        () -> ControlGens.concurrentBenefitsRequests().samples(1, 1).get(0));
    sample(StaffRoster.class, () -> ControlGens.rosterCases().samples(1, 1).get(0).roster());
    sample(PublicNoticePeriod.class, () -> RULES.notices().publicNotice(DAY));
    sample(
        ReimbursementRequest.class, () -> PremiumGens.reimbursementRequests().samples(1, 1).get(0));
    sample(
        EnforcementRequest.class,
        () ->
            io.github.cqui.rules.testing.DeadlineGens.enforcementRequests(RULES)
                .samples(1, 1)
                .get(0));
    sample(
        EnforcementTimeline.class,
        () ->
            RULES
                .recovery()
                .enforcementTimeline(
                    io.github.cqui.rules.testing.DeadlineGens.enforcementRequests(RULES)
                        .samples(1, 1)
                        .get(0)));
    sample(OverpaymentDebt.class, () -> RecoveryGens.debts().samples(1, 1).get(0));
    sample(RecoveryPlan.class, () -> RecoveryGens.scheduleCases().samples(1, 1).get(0).plan());
    sample(
        RecoverySchedule.class,
        () -> {
          RecoveryGens.ScheduleCase c = RecoveryGens.scheduleCases().samples(1, 1).get(0);
          return RULES.recovery().schedule(c.debt(), c.plan());
        });
    sample(
        RepaymentHistory.class,
        () -> {
          RecoveryGens.ScheduleCase c = RecoveryGens.scheduleCases().samples(1, 1).get(0);
          return RepaymentHistory.builder().asOf(c.debt().establishedOn().plusDays(1)).build();
        });
    sample(StepCode.class, () -> StepCode.values()[0]);
    sample(Citation[].class, () -> new Citation[0]);
    sample(
        io.github.cqui.rules.edition.PolicyEdition[].class,
        () -> new io.github.cqui.rules.edition.PolicyEdition[0]);
    sample(Object[].class, () -> new Object[0]);
    sample(Throwable.class, () -> new IllegalStateException("x"));
    sample(
        io.github.cqui.calendar.Festival.class,
        () -> io.github.cqui.calendar.Festival.of("国庆节", "National Day"));
    sample(Chongqing.class, () -> RULES);
    sample(
        io.github.cqui.rules.benefit.SubsidyPeriod.class,
        () ->
            io.github.cqui.rules.benefit.SubsidyPeriod.of(
                YearMonth.of(2025, 9), YearMonth.of(2025, 10)));
    sample(
        io.github.cqui.rules.control.OtherBenefitPeriod.class,
        () ->
            io.github.cqui.rules.control.OtherBenefitPeriod.of(
                io.github.cqui.rules.control.OtherBenefitKind.values()[0], DAY, DAY.plusDays(30)));
    sample(
        io.github.cqui.rules.recovery.BenefitDeduction.class,
        () ->
            io.github.cqui.rules.recovery.BenefitDeduction.of(
                LedgerGens.claimHistories().samples(1, 1).get(0), YearMonth.of(2025, 9)));
    sample(
        io.github.cqui.rules.recovery.InstalmentAgreement.class,
        () ->
            io.github.cqui.rules.recovery.InstalmentAgreement.of(
                3, DAY, 1, io.github.cqui.rules.recovery.OddFenPlacement.values()[0]));
  }

  private static void sample(Class<?> type, Supplier<Object> supplier) {
    SAMPLES.put(type, supplier);
  }

  @Test
  void everyPublicMethodRefusesANullArgumentNamingTheParameter() throws Exception {
    List<String> failures = new ArrayList<>();
    Set<String> missing = new TreeSet<>();
    int calls = 0;
    for (Class<?> type : exportedTypes()) {
      for (Executable executable : entryPoints(type)) {
        Parameter[] parameters = executable.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive() || isNullable(parameters[i])) {
            continue;
          }
          Object[] arguments;
          Object receiver;
          try {
            arguments = arguments(parameters, i);
            receiver = receiver(executable);
          } catch (MissingSample e) {
            missing.add(e.getMessage() + " for " + describe(executable));
            continue;
          }
          calls++;
          String failure = callWithNull(executable, receiver, arguments, parameters[i].getName());
          if (failure != null) {
            failures.add(
                describe(executable) + " with " + parameters[i].getName() + " = null: " + failure);
          }
        }
      }
    }
    assertThat(missing).as("parameter types without a sample").isEmpty();
    assertThat(failures).as("of %d calls with a null argument", calls).isEmpty();
    assertThat(calls).as("calls made").isGreaterThan(100);
  }

  /** The public top-level and nested types of the exported packages, generated ones left out. */
  static List<Class<?>> exportedTypes() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    ClassPath classPath = ClassPath.from(NullArgumentsTest.class.getClassLoader());
    for (String pkg : PACKAGES) {
      for (ClassPath.ClassInfo info : classPath.getTopLevelClasses(pkg)) {
        if (info.getName().contains("Test") || info.getSimpleName().startsWith("Immutable")) {
          continue;
        }
        addPublic(info.load(), types);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  private static void addPublic(Class<?> type, List<Class<?>> types) {
    if (!Modifier.isPublic(type.getModifiers()) || type.getSimpleName().equals("Builder")) {
      return;
    }
    types.add(type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      addPublic(nested, types);
    }
  }

  /** The public methods and constructors of a type that take a reference argument. */
  static List<Executable> entryPoints(Class<?> type) {
    List<Executable> out = new ArrayList<>();
    if (!Modifier.isAbstract(type.getModifiers())
        && !type.isEnum()
        && !type.isRecord()
        && !Throwable.class.isAssignableFrom(type)) {
      for (Constructor<?> constructor : type.getConstructors()) {
        out.add(constructor);
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers())
          || method.isSynthetic()
          || method.isBridge()
          || excluded(type, method)) {
        continue;
      }
      out.add(method);
    }
    out.sort(Comparator.comparing(NullArgumentsTest::describe));
    return out;
  }

  private static boolean excluded(Class<?> type, Method method) {
    String name = method.getName();
    return name.equals("equals")
        || name.equals("compareTo")
        || (type.isEnum() && name.equals("valueOf"))
        || (Modifier.isAbstract(method.getModifiers())
            && type.isAnnotationPresent(FunctionalInterface.class))
        || (type == Gen.Function3.class);
  }

  private static boolean isNullable(Parameter parameter) {
    return parameter.getAnnotatedType().isAnnotationPresent(Nullable.class)
        || parameter.isAnnotationPresent(Nullable.class);
  }

  private static Object[] arguments(Parameter[] parameters, int nullAt) {
    Object[] arguments = new Object[parameters.length];
    for (int j = 0; j < parameters.length; j++) {
      if (j != nullAt) {
        arguments[j] = sampleOf(parameters[j].getType());
      }
    }
    return arguments;
  }

  private static @Nullable Object receiver(Executable executable) {
    if (executable instanceof Constructor || Modifier.isStatic(executable.getModifiers())) {
      return null;
    }
    return sampleOf(executable.getDeclaringClass());
  }

  private static Object sampleOf(Class<?> type) {
    if (type == int.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == long[].class) {
      return new long[] {1};
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    Supplier<Object> supplier = SAMPLES.get(type);
    if (supplier != null) {
      return supplier.get();
    }
    for (Class<?> rules : List.of(CquiRules.class)) {
      for (Method m : rules.getMethods()) {
        if (m.getParameterCount() == 0 && m.getReturnType() == type) {
          try {
            return m.invoke(RULES);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    throw new MissingSample(type.getName());
  }

  /** The outcome of one call with a null argument: null when it was refused as it must be. */
  private static @Nullable String callWithNull(
      Executable executable, @Nullable Object receiver, Object[] arguments, String parameter) {
    Throwable thrown;
    try {
      if (executable instanceof Method method) {
        method.invoke(receiver, arguments);
      } else {
        ((Constructor<?>) executable).newInstance(arguments);
      }
      return "returned normally";
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return "could not be called: " + e;
    }
    if (!(thrown instanceof CquiException)) {
      return "threw " + thrown;
    }
    String message = String.valueOf(thrown.getMessage());
    return message.contains(parameter) ? null : "the message does not name it: " + message;
  }

  static String describe(Executable executable) {
    StringBuilder out = new StringBuilder(executable.getDeclaringClass().getName());
    out.append(executable instanceof Constructor ? ".<init>(" : "." + executable.getName() + "(");
    Class<?>[] types = executable.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      out.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
    }
    return out.append(')').toString();
  }

  /** A parameter type the registry has no sample of. */
  private static final class MissingSample extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingSample(String type) {
      super(type);
    }
  }
}
