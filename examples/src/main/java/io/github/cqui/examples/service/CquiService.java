package io.github.cqui.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The JSON service: the Chongqing rules (渝人社办〔2025〕112号) behind one endpoint per rule and one for a
 * whole case file, on Spring Boot with Jackson 3.
 *
 * <p>Listens on the loopback interface ({@code server.address=127.0.0.1}) and port 8080 unless
 * configured otherwise; the interpretation switches, holiday schedule files and the coverage mode
 * are {@code cqui.*} properties ({@link ServiceProperties}). Endpoints, problem types and
 * configuration: {@code docs/SERVICE.md}.
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am package exec:java -DskipTests \
 *     -Dexec.mainClass=io.github.cqui.examples.service.CquiService \
 *     -Dexec.args="--server.port=8081 --cqui.holidays=examples/src/main/resources/holidays/illustrative-2027.json"
 * </pre>
 */
@SpringBootApplication
@EnableConfigurationProperties(ServiceProperties.class)
public class CquiService {

  /** For Spring, which subclasses configuration classes. */
  CquiService() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot arguments, e.g. {@code --server.port=8081} or {@code
   *     --cqui.switches-file=switches.json}
   */
  public static void main(String[] args) {
    SpringApplication.run(CquiService.class, args);
  }
}
