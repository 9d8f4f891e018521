import '../ui/theme.css';
import '../ui/forms/forms.css';
import './options.css';
import { render } from 'preact';
import { connectStore } from '../ui/store';
import { OptionsApp } from './app';

connectStore();
render(<OptionsApp />, document.getElementById('app')!);
