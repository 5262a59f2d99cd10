export default function ReferencePage() {
  return (
    <main>
      <h1>Page de référence</h1>
      <p>
        Cette page ne charge ni police, ni donnée, ni composant de la boutique : elle mesure ce que Next.js et React
        envoient à eux seuls au navigateur.
      </p>
      <p>Ses scores Lighthouse et son poids de JavaScript servent de plancher aux pages de la boutique.</p>
    </main>
  );
}
