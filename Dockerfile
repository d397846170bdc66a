# One image recipe for the three services: docker-compose passes MODULE as a build argument.
FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY news-contract news-contract
COPY local-infra local-infra
COPY test-infra test-infra
COPY ingest-service ingest-service
COPY enrich-service enrich-service
COPY search-service search-service
COPY system-tests system-tests
RUN ./mvnw -B -q -pl ${MODULE} -am package -DskipTests -Dspotless.check.skip=true

FROM eclipse-temurin:17-jre
ARG MODULE
RUN useradd --system --uid 10001 news
COPY --from=build /src/${MODULE}/target/${MODULE}.jar /app/service.jar
USER news
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
