package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleLevelTest {
  @Test
  void aTitleThatClaimsALevelRaisesTheCataloguesButASpanDoesNot() {
    assertThat(TitleLevel.floor("Advanced Golang Concepts")).isEqualTo(4);
    assertThat(TitleLevel.floor("Easy Steps To Become A Photoshop Expert")).isZero();
    assertThat(TitleLevel.floor("Intermediate Python for Data Science")).isEqualTo(3);
    assertThat(TitleLevel.floor("Microsoft Excel - Beginner to Advanced")).isZero();
    assertThat(TitleLevel.floor("Basic and Advanced Photoshop")).isZero();
    assertThat(TitleLevel.floor("Excel from Zero to Expert")).isZero();
    assertThat(TitleLevel.floor("Google Data Analytics")).isZero();
    assertThat(TitleLevel.floor("Advancement in Careers")).isZero();
  }
}
