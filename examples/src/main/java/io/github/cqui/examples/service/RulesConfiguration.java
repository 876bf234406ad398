package io.github.cqui.examples.service;

import io.github.cqui.core.Chongqing;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's beans: the library's JSON on Spring's one {@link JsonMapper} (which reads every
 * request body and writes every response, problem details included), the configured rules, the
 * bound on request bodies and the buffer of answers.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

  /** The library's module and the strict features, registered once on Spring Boot's mapper. */
  @Bean
  JsonMapperBuilderCustomizer cquiJson() {
    return ServiceJson::configure;
  }

  /** The Chongqing rules with the configured calendar and switches, built once. */
  @Bean
  Chongqing rules(ServiceProperties properties, JsonMapper mapper) {
    return RulesSetup.rules(properties, mapper);
  }

  /** Bounds every request body to {@code cqui.max-request-size}, ahead of every other filter. */
  @Bean
  FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(ServiceProperties properties) {
    FilterRegistrationBean<RequestSizeFilter> registration =
        new FilterRegistrationBean<>(
            new RequestSizeFilter((int) properties.maxRequestSize().toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Sends each answer whole, with its length, rather than in chunks (AnswerBufferFilter). */
  @Bean
  FilterRegistrationBean<AnswerBufferFilter> answerBufferFilter() {
    FilterRegistrationBean<AnswerBufferFilter> registration =
        new FilterRegistrationBean<>(new AnswerBufferFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
