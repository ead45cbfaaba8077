fn main() {
    yew::Renderer::<bamboo_reader::Root>::with_props(bamboo_reader::RootProps { builtin: bamboo_reader::embedded_library() }).render();
}
